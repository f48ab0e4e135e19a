import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'tortured-collocation'

test('a synonym-swapped expression, with the expression as suggestion and a confidence', () => {
  const [message] = assertSpans(RULE, 'Shares fell on the stock marketplace today.', ['1:20-1:37'])
  assert.match(message.reason, /^“stock marketplace” looks like a synonym-swapped “stock market” \(confidence 0\.\d+\); use “stock market”$/)
  assert.equal(typeof message.data?.confidence, 'number')
  assert.ok((message.data?.confidence as number) >= 0.6)
  assertSuggestion(RULE, 'Blood force was high.', 'Blood pressure was high.')
})

test('the established expressions themselves are fine', () => {
  assertClean(RULE, 'Shares fell on the stock market and his blood pressure rose; foreign policy and real estate.')
})

test('names, commas and line breaks stop a pair', () => {
  assertClean(RULE, 'They met at the Stock Marketplace. We checked the blood, force was used.')
  assertClean(RULE, 'the stock\nmarketplace')
})

test('the confidence threshold is an option', () => {
  assertClean(RULE, 'Shares fell on the stock marketplace today.', {options: {minConfidence: 0.99}})
})
