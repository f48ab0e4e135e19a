/**
 * The aeb evaluation's labelling helpers (scripts/eval/aeb.ts).
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {c4Flags, nearGold, normaliseForLabel} from '../scripts/eval/aeb.js'

const GOLD = normaliseForLabel(
  'The ferry left the harbour at dawn on Tuesday, watched by a small crowd on the quay. Dock workers said the strike was over and that the new shifts would start next week.'
)

test('labels: normal form and the C4 baseline', () => {
  assert.equal(normaliseForLabel('  The Ferry — left, at DAWN! '), 'the ferry left at dawn')
  assert.equal(c4Flags('Share this article'), true)
  assert.equal(c4Flags('The ferry left at dawn.'), false)
})

test('near gold: article text altered by the extractor, not page furniture', () => {
  // A link's text dropped: most 4-grams still found.
  assert.equal(nearGold('The ferry left the harbour at dawn on Tuesday, watched by a small crowd on the', GOLD), true)
  // A paragraph glued to a caption: half of it is the article.
  assert.equal(nearGold('Dock workers said the strike was over and that the new shifts would start next week. Photo shows the quay at night', GOLD), true)
  // Furniture, and lines too short to judge.
  assert.equal(nearGold('Sign up for our newsletter to get the latest harbour news in your inbox every morning', GOLD), false)
  assert.equal(nearGold('The ferry left the harbour', GOLD), false)
})
