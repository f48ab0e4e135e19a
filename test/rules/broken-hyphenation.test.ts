import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans} from '../helpers.js'

const RULE = 'broken-hyphenation'

test('a hyphen and a space inside a dictionary word', () => {
  const [message] = assertSpans(RULE, 'The inter- national team', ['1:5-1:20'])
  assert.equal(message.reason, '“inter- national” is one word split by a hyphen and a space; use “international”')
  assert.deepEqual(message.expected, ['international', 'inter-national'])
  assert.equal(message.fixKind, 'safe')
  assertFixed(RULE, 'The inter- national team and some- thing else', 'The international team and something else')
  assertFixed(RULE, 'Inter- national', 'International')
})

test('a line-end hyphen, LF and CRLF', () => {
  const [message] = assertSpans(RULE, 'shared infor-\nmation today', ['1:8-2:7'])
  assert.equal(message.reason, '“infor-” and “mation” are one word split at a line end; use “information”')
  assertFixed(RULE, 'shared infor-\nmation today', 'shared information today')
  assertFixed(RULE, 'first line\r\nshared infor- \r\nmation today\r\n', 'first line\r\nshared information today\r\n')
})

test('suspended hyphens and real compounds are kept', () => {
  assertClean(RULE, 'pre- and post-war, two- to three-day, first- or second-class, over- and under-used')
  assertClean(RULE, 'long- term goals, a well-\nknown fact, self-\nesteem, e-mail, state-of-the-art, Anti- American')
})

test('astral characters before a finding', () => {
  const [message] = assertSpans(RULE, '😀 co- operate', ['1:4-1:15'])
  assert.deepEqual(message.range, [3, 14])
})
