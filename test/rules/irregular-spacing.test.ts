import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans} from '../helpers.js'

const RULE = 'irregular-spacing'

test('doubled spaces inside a line', () => {
  const [message] = assertSpans(RULE, 'The  report said.', ['1:4-1:6'])
  assert.equal(message.reason, '2 spaces in a row; use one')
  assertFixed(RULE, 'The  report   said.', 'The report said.')
})

test('trailing white space and white-space-only lines', () => {
  const messages = assertSpans(RULE, 'End of line. \t\n   \nNext.', ['1:13-1:15', '2:1-2:4'])
  assert.equal(messages[0].reason, 'Trailing white space; remove it')
  assert.equal(messages[1].reason, 'Line holds only white space; remove it')
  assertFixed(RULE, 'End of line. \t\r\n   \r\nNext.  ', 'End of line.\r\n\r\nNext.')
})

test('space before punctuation', () => {
  const [message] = assertSpans(RULE, 'He left , then came back .', ['1:8-1:9', '1:25-1:26'])
  assert.equal(message.reason, 'Space before `,`; remove it')
  assertFixed(RULE, 'He left , then came back .', 'He left, then came back.')
  assertFixed(RULE, 'Really ? Yes !', 'Really? Yes!')
})

test('a doubled space before a mark is one message', () => {
  assertSpans(RULE, 'word  , next', ['1:5-1:7'])
  assertFixed(RULE, 'word  , next', 'word, next')
})

test('look-alikes stay quiet', () => {
  assertClean(RULE, '    Indented line.')
  assertClean(RULE, 'Version .NET and file .txt here.')
  assertClean(RULE, 'And so on . . . until the end.')
  assertClean(RULE, 'She waited ... and waited.')
  assertClean(RULE, 'Smile :) please.')
  assertClean(RULE, 'VIP : 60,000 won')
  // A plain-text table aligned with spaces.
  assertClean(RULE, 'Name      Age   City\nAnna      31    Oslo')
})

test('markdown: hard line breaks and code blocks are not spacing slips', () => {
  assertClean(RULE, 'First line  \nsecond line', {format: 'markdown'})
  assertClean(RULE, '```\nx  =  1 ;\n```', {format: 'markdown'})
  assertSpans(RULE, 'First line  \nsecond line', ['1:11-1:13'])
})

test('options switch each check off', () => {
  assertClean(RULE, 'a  b', {options: {doubled: false}})
  assertClean(RULE, 'a ', {options: {trailing: false}})
  assertClean(RULE, 'a .', {options: {beforePunctuation: false}})
})

test('long runs of spaces are linear, not quadratic', () => {
  const text = 'a' + ' '.repeat(200_000) + 'b\n' + ' \t'.repeat(100_000)
  assertSpans(RULE, text, ['1:2-1:200002', '2:1-2:200001'])
})
