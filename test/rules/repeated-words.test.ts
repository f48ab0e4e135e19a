import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans} from '../helpers.js'

const RULE = 'repeated-words'

test('a word written twice', () => {
  const [message] = assertSpans(RULE, 'It was the the end.', ['1:8-1:15'])
  assert.equal(message.reason, 'Repeated word “the”; remove one')
  assert.equal(message.ruleId, 'repeated-words')
  assert.equal(message.actual, 'the the')
  assertFixed(RULE, 'It was the the end.', 'It was the end.')
})

test('the fix keeps the first occurrence and its case', () => {
  assertFixed(RULE, 'The the report.', 'The report.')
})

test('positions in a later block of a long document', () => {
  const filler = 'A sentence of filler text.\n\n'.repeat(400)
  const messages = assertSpans(RULE, filler + 'It is is here.', ['801:4-801:9'])
  assert.deepEqual(messages[0].range, [filler.length + 3, filler.length + 8])
})

test('hyphenated words and repeats across blocks of a long document', () => {
  assertSpans(RULE, 'It is a well-known well-known fact.', ['1:9-1:30'])
  const filler = 'No repeats in this block at all.\n\n'.repeat(200)
  assertSpans(RULE, filler + 'one one', ['401:1-401:8'])
  assertClean(RULE, filler + 'one\n\none')
})

test('legitimate doubles and line breaks are fine', () => {
  assertClean(RULE, 'The exhibition they had had since spring. Duran Duran played.')
  assertClean(RULE, 'About Acme\nAcme makes tools.')
})
