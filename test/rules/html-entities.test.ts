import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans} from '../helpers.js'

const RULE = 'html-entities'

test('named and numeric entities are decoded', () => {
  const [message] = assertSpans(RULE, 'Tom &amp; Jerry', ['1:5-1:10'])
  assert.equal(message.reason, 'HTML entity `&amp;`; use `&`')
  assert.equal(message.fixKind, 'safe')
  assertFixed(RULE, 'He said &quot;no&quot; &#8212; it&#x2019;s over &#128;5', 'He said "no" — it’s over €5')
})

test('a no-break space entity becomes the character (invisible-characters takes it from there)', () => {
  const [message] = assertSpans(RULE, 'ten&nbsp;days', ['1:4-1:10'])
  assert.equal(message.reason, 'HTML entity `&nbsp;`; use the character U+00A0')
  assertFixed(RULE, 'ten&nbsp;days', 'ten\u00a0days')
})

test('double-escaped entities are decoded all the way', () => {
  const [message] = assertSpans(RULE, 'a &amp;quot;quote&amp;quot; and &amp;amp;', ['1:3-1:13', '1:18-1:28', '1:33-1:42'])
  assert.equal(message.reason, 'Double-escaped HTML entity `&amp;quot;`; use `"`')
  assertFixed(RULE, 'a &amp;quot;quote&amp;quot; and &amp;amp;', 'a "quote" and &')
})

test('references without a semicolon: numeric ones and the common names', () => {
  assertFixed(RULE, 'Don&#8217t go &amp stay &lt here', 'Don’t go & stay < here')
})

test('look-alikes are clean', () => {
  assertClean(RULE, 'AT&T, R&D, Q&A, ?a=1&b=2&para=3, &copy 2020, &notanentity; and & alone')
})

test('astral characters and CRLF', () => {
  assertSpans(RULE, '😀\r\nFish &amp; chips', ['2:6-2:11'])
  assertFixed(RULE, '😀 &#128512;\r\nFish &amp; chips\r\n', '😀 😀\r\nFish & chips\r\n')
})

test('Markdown: single entities are markup, double-escaped ones lose one level', () => {
  assertClean(RULE, 'Fish &amp; chips &copy; 2020', {format: 'markdown'})
  assertFixed(RULE, 'Say &amp;quot;hi&amp;quot;', 'Say &quot;hi&quot;', {format: 'markdown'})
  assertClean(RULE, '```\n&amp;amp;\n```\n', {format: 'markdown'})
})
