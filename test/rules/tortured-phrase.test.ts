import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion, lintWith} from '../helpers.js'

const RULE = 'tortured-phrase'

test('a screener phrase, with the established term as suggestion', () => {
  const [message] = assertSpans(RULE, 'We trained a random woodland on the data.', ['1:14-1:29'])
  assert.equal(message.reason, '“random woodland” is a tortured phrase; use “random forest”')
  assert.equal(message.fixKind, 'suggestion')
  assert.deepEqual(message.data, {source: 'screener'})
  assertSuggestion(RULE, 'We trained a random woodland on the data.', 'We trained a random forest on the data.')
})

test('case-insensitive, and the suggestion follows the capitalisation', () => {
  assertSuggestion(RULE, 'Counterfeit consciousness is everywhere.', 'Artificial intelligence is everywhere.')
  assertSuggestion(RULE, 'COUNTERFEIT CONSCIOUSNESS IS EVERYWHERE.', 'ARTIFICIAL INTELLIGENCE IS EVERYWHERE.')
})

test('the news list, including the seed phrase', () => {
  const [message] = assertSpans(RULE, 'It was the latest sign Deep conditioning This has raised concern.', ['1:24-1:41'])
  assert.equal(message.expected?.[0], 'Deepening alignment')
  assert.deepEqual(message.data, {source: 'news'})
})

test('names of institutions match only with their capitals', () => {
  assertSpans(RULE, 'A White Home spokesman spoke.', ['1:3-1:13'])
  assertClean(RULE, 'They painted it: a white home with a red door.')
})

test('the longest phrase wins and phrases do not overlap', () => {
  const messages = lintWith(RULE, 'He is the main executive officer of the firm.')
  assert.deepEqual(messages.map((message) => message.expected?.[0]), ['chief executive officer'])
})

test('never across a sentence end, a colon or a line break', () => {
  assertClean(RULE, 'It was a random. Woodland paths followed.')
  assertClean(RULE, 'Pick one: random\nwoodland.')
  assertClean(RULE, 'The mood was random: woodland creatures fled.')
})

test('whole words only', () => {
  assertClean(RULE, 'The random woodlands are protected.')
})

test('options turn each list off', () => {
  assertClean(RULE, 'The inventory market fell.', {options: {news: false}})
  assertClean(RULE, 'A random woodland model.', {options: {screener: false}})
})

test('dropped entries: self-contained and ordinary English', () => {
  assertClean(RULE, 'A neural network learns. Be that as it may, on the off chance it rains, stay in.')
})
