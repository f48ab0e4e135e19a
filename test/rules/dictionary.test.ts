import {test} from 'node:test'
import assert from 'node:assert/strict'
import {isKnownWord, isWord} from '../../rules/lib/dictionary.js'

test('dictionary: Hunspell case rules, US and British spellings, possessives', () => {
  assert.equal(isWord('September'), true)
  assert.equal(isWord('september'), false)
  assert.equal(isWord('There'), true)
  assert.equal(isWord('colour'), true)
  assert.equal(isWord('color'), true)
  assert.equal(isWord('Russia’s'), true)
  assert.equal(isWord('iPhone'), true)
  assert.equal(isWord('SeptemberThe'), false)
  assert.equal(isWord(''), false)
})

test('dictionary: isKnownWord accepts any casing of a dictionary word', () => {
  assert.equal(isKnownWord('beijing'), true)
  assert.equal(isKnownWord('BEIJING'), true)
  assert.equal(isKnownWord('Xqzzy'), false)
})
