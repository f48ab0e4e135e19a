/** execAtNonAscii: a sticky pattern tried only where a non-ASCII character stands. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {execAtNonAscii} from '../../rules/lib/non-ascii.js'

test('finds the first match, from a given offset, as the global pattern would', () => {
  const sticky = /[Ãâ][\u0080-\u00bf€™]/y
  const text = 'He said “fine” and cafÃ© openedâ€™ late'
  const global = new RegExp(sticky.source, 'g')
  const expected = [...text.matchAll(global)].map((match) => [match.index, match[0]])
  const found: Array<[number, string]> = []
  for (let match = execAtNonAscii(text, sticky); match; match = execAtNonAscii(text, sticky, match.index + match[0].length)) found.push([match.index, match[0]])
  assert.deepEqual(found, expected)
  assert.equal(found.length, 2)
  assert.equal(execAtNonAscii(text, sticky, found[1][0] + 1), null)
})

test('ASCII text and non-ASCII text without a match give null', () => {
  assert.equal(execAtNonAscii('plain ASCII only', /[é]/y), null)
  assert.equal(execAtNonAscii('“quoted” — dashed', /[é]/y), null)
  assert.equal(execAtNonAscii('', /[é]/y), null)
})
