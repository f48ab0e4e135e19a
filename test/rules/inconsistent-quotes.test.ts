import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, lintWith} from '../helpers.js'

const RULE = 'inconsistent-quotes'

test('one straight apostrophe among curly marks: one message, fixed to curly', () => {
  const text = 'Spain\'s coach\n\nSpain’s coach said “it’s done” and ‘fine’.'
  const [message] = assertSpans(RULE, text, ['1:6-1:7'])
  assert.equal(message.reason, 'Quote style is mixed: 1 straight mark among 6 curly; use curly quotes throughout')
  assert.equal(message.fixKind, 'safe')
  assert.deepEqual(message.data, {style: 'curly', occurrences: [[5, 6]]})
  assertFixed(RULE, text, 'Spain’s coach\n\nSpain’s coach said “it’s done” and ‘fine’.')
})

test('straight apostrophes with curly quotation marks: the minority is converted', () => {
  const text = 'He said “yes” and “no” and “maybe”. It\'s Putin\'s trip.'
  const [message] = assertSpans(RULE, text, ['1:39-1:48'])
  assert.equal(message.reason, 'Quote style is mixed: 2 straight marks among 6 curly; use curly quotes throughout')
  assertFixed(RULE, text, 'He said “yes” and “no” and “maybe”. It’s Putin’s trip.')
})

test('curly minority in a straight document is straightened', () => {
  assertFixed(RULE, 'It\'s "plain" and it\'s "fine" but “this” isn\'t.', 'It\'s "plain" and it\'s "fine" but "this" isn\'t.')
})

test('TeX-style quotes are converted to the document style', () => {
  const [message] = assertSpans(RULE, '``Quoted\'\' in a “curly” text that doesn’t fit.', ['1:1-1:11'])
  assert.equal(message.reason, 'Quote style is mixed: 2 TeX-style marks among 3 curly; use curly quotes throughout')
  assertFixed(RULE, '``Quoted\'\' in a “curly” text.', '“Quoted” in a “curly” text.')
})

test('the style option enforces one style, converting with open and close marks', () => {
  const options = {style: 'curly'}
  assertFixed(
    RULE,
    'He said "hello" and \'bye\' to the students\' teacher in the \'90s, rock \'n\' roll, \'tis.',
    'He said “hello” and ‘bye’ to the students’ teacher in the ’90s, rock ’n’ roll, ’tis.',
    {options}
  )
  assertFixed(RULE, 'It’s “curly”.', 'It\'s "curly".', {options: {style: 'straight'}})
})

test('primes are not quotes', () => {
  assertFixed(RULE, 'She is 5\'11" tall and 6\' 2" wide, a 12" pizza, “ok”.', 'She is 5\'11" tall and 6\' 2" wide, a 12" pizza, “ok”.')
  assertClean(RULE, 'She is 5\'11" tall and “ok” with it’s ways, a 12\'\' board.')
})

test('consistent documents are clean', () => {
  assertClean(RULE, 'It\'s "plain" text, the students\' work, the \'90s.')
  assertClean(RULE, 'It’s “curly” text, the students’ work, the ’90s, ‘single’.')
  assert.equal(lintWith(RULE, '').length, 0)
})

test('astral characters and CRLF', () => {
  const [message] = assertSpans(RULE, '😀 “One” “two”\r\nIt\'s done.', ['2:3-2:4'])
  assert.deepEqual(message.range, [18, 19])
  assertFixed(RULE, '😀 “One” “two”\r\nIt\'s done.\r\n', '😀 “One” “two”\r\nIt’s done.\r\n')
})

test('Markdown code is not counted', () => {
  assertClean(RULE, 'It’s “curly”.\n\n```\nx = "straight"\n```\n', {format: 'markdown'})
})
