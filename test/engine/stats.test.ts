import {test} from 'node:test'
import assert from 'node:assert/strict'
import {lint} from '../../src/index.js'
import {documentStats, sentenceStarts} from '../../src/engine/stats.js'

test('sentences: ends of sentences and line breaks, blank lines and stray marks ignored', () => {
  const text = 'Headline without a stop\n\nOne. Two? “Three!” Four…\n. \nFive'
  const starts = sentenceStarts(text)
  assert.deepEqual(
    starts.map((start) => text.slice(start).trimStart().slice(0, 4)),
    ['Head', 'One.', 'Two?', '“Thr', 'Four', 'Five']
  )
  assert.deepEqual(sentenceStarts(''), [])
})

test('per category: count, density, sentences touched and their share', () => {
  const text = 'The inventory market fell. Counterfeit consciousness and random woodland models rose. Nothing else happened here.'
  const stats = documentStats(text, lint(text, {rules: {'tortured-collocation': 'off'}}))
  assert.equal(stats.sentences, 3)
  assert.deepEqual(stats.categories.mt, {count: 3, per1000Words: 200, sentences: 2, sentenceShare: 0.667})
})

test('empty text', () => {
  assert.deepEqual(documentStats('', []), {words: 0, sentences: 0, categories: {}})
})
