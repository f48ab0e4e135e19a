import assert from 'node:assert/strict'
import test from 'node:test'
import {HashSet32, isEnglishStem} from '../../rules/lib/english-stems.js'

test('english stems: dictionary words and their common inflections, not other strings', () => {
  for (const word of ['house', 'houses', 'walked', 'running', 'quickly', 'tried', 'cities', "editor's", 'paris']) assert.equal(isEnglishStem(word), true, word)
  for (const word of ['xqzt', 'hausbau', 'gracias', 'qwfp']) assert.equal(isEnglishStem(word), false, word)
})

test('HashSet32 holds exactly what was added, 0 and colliding hashes too', () => {
  // A small table (2^6 slots) filled to three quarters: long probe runs and wrap-around at the end.
  const set = new HashSet32(6)
  const added = new Set<number>()
  let value = 12345
  for (let index = 0; index < 48; index++) {
    value = (Math.imul(value, 1103515245) + 12345) | 0
    set.add(value)
    added.add(value)
  }
  set.add(0)
  set.add(added.values().next().value!)
  for (const hash of added) assert.equal(set.has(hash), true)
  assert.equal(set.has(0), true)
  let misses = 0
  for (let probe = -5000; probe < 5000; probe++) if (!added.has(probe) && probe !== 0) misses += set.has(probe) ? 0 : 1
  assert.equal(misses, 10000 - 1 - [...added].filter((hash) => hash >= -5000 && hash < 5000).length)
  assert.equal(new HashSet32(6).has(0), false)
})
