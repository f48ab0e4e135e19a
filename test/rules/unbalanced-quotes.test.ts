import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'unbalanced-quotes'

test('an orphan closing quote after a closed quotation', () => {
  const text = 'The minister said they “agreed on the plan.” And on a budget for it.”'
  const [message] = assertSpans(RULE, text, ['1:69-1:70'])
  assert.equal(message.reason, 'Closing quote `”` has no opening quote')
  assert.equal(message.fixKind, 'none')
})

test('an opening quote never closed in its paragraph', () => {
  const [message] = assertSpans(RULE, 'He called it “a fine day.\n\nThen he left.', ['1:14-1:15'])
  assert.equal(message.reason, 'Opening quote `“` is never closed in its paragraph')
})

test('a quotation over several paragraphs reopens each paragraph', () => {
  assertClean(RULE, '“The first paragraph of the speech.\n\n“The second one, which ends it.”')
  assertClean(RULE, '“One line of a quotation.\r\n“And the next line, which ends it.”')
  // A hard-wrapped paragraph: the quotation continues on the next line.
  assertClean(RULE, 'He said “this is a long\nsentence over two lines.”')
})

test('mismatched pairs are repaired as suggestions', () => {
  assertSuggestion(RULE, 'She said “yes," and left.', 'She said “yes,” and left.')
  assertSuggestion(RULE, 'She said "yes,” and left.', 'She said “yes,” and left.')
})

test('a curly quote turned the wrong way', () => {
  const [message] = assertSpans(RULE, 'It was “good“ enough.', ['1:13-1:14'])
  assert.equal(message.reason, '`“` where the quotation closes; use `”`')
  assertSuggestion(RULE, 'It was “good“ enough.', 'It was “good” enough.')
  assertSuggestion(RULE, 'It was ”good” enough.', 'It was “good” enough.')
})

test('straight quotes pair by count; inches and codes are not quotes', () => {
  assertClean(RULE, 'He said "yes" and "no". She is 5\'11" tall; a 12" pizza; use code "SAVE20" today.')
  assertSpans(RULE, 'He said "yes and left.', ['1:9-1:10'])
})

test('nested single quotes, apostrophes and doubled curly singles', () => {
  assertClean(RULE, '“He told me, ‘the students’ work is done,’ and smiled,” she said. In the ’90s it was fine.')
  assertClean(RULE, '‘‘It was an attempt,’’ he said.')
  assertClean(RULE, '``TeX-style quotes\'\' are balanced too.')
})

test('astral characters and CRLF', () => {
  const [message] = assertSpans(RULE, '😀 ok.\r\nThen “it ended.” Again.”', ['2:24-2:25'])
  assert.deepEqual(message.range, [31, 32])
})

test('only the very next paragraph may continue a quotation', () => {
  assertSpans(RULE, '“Unclosed start.\n\nA paragraph without quotes.\n\n“Another quote.”', ['1:1-1:2'])
})

test('German quotation marks pair „ with “', () => {
  assertClean(RULE, 'Er sagte „ja“ und ging.')
  assertSuggestion(RULE, 'Er sagte „ja" und ging.', 'Er sagte „ja“ und ging.')
})
