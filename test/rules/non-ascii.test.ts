/** execAtUnusual: a sticky pattern tried only where a character outside printable ASCII stands. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {Doc} from '../../src/engine/doc.js'
import {execAtUnusual, hasUnusual, unusualOffsets} from '../../rules/lib/non-ascii.js'

test('finds the first match, from a given offset, as the global pattern would', () => {
  const sticky = /[Ãâ][\u0080-\u00bf€™]/y
  const text = 'He said “fine” and cafÃ© openedâ€™ late'
  const doc = new Doc(text)
  const global = new RegExp(sticky.source, 'g')
  const expected = [...text.matchAll(global)].map((match) => [match.index, match[0]])
  const found: Array<[number, string]> = []
  for (let match = execAtUnusual(doc, sticky); match; match = execAtUnusual(doc, sticky, match.index + match[0].length)) found.push([match.index, match[0]])
  assert.deepEqual(found, expected)
  assert.equal(found.length, 2)
  assert.equal(execAtUnusual(doc, sticky, found[1][0] + 1), null)
})

test('ASCII text and non-ASCII text without a match give null', () => {
  assert.equal(execAtUnusual(new Doc('plain ASCII only'), /[é]/y), null)
  assert.equal(execAtUnusual(new Doc('“quoted” — dashed'), /[é]/y), null)
  assert.equal(execAtUnusual(new Doc(''), /[é]/y), null)
})

test('the offsets are found once per document', () => {
  const doc = new Doc('a “b” c — d')
  assert.deepEqual([...unusualOffsets(doc)!], [2, 4, 8])
  assert.equal(unusualOffsets(doc), unusualOffsets(doc))
})

test('control characters are unusual too, tab and line breaks are not', () => {
  const doc = new Doc('a\tb\r\nc\u000bd\u007fe\u0085')
  assert.deepEqual([...unusualOffsets(doc)!], [6, 8, 10])
  assert.equal(execAtUnusual(doc, /[\u000b\u007f]+/y)?.index, 6)
  assert.equal(execAtUnusual(doc, /[\u000b\u007f]+/y, 7)?.index, 8)
})

test('a text mostly outside ASCII keeps no offsets and is scanned on each call, with the same answers', () => {
  const text = 'Привет, мир. '.repeat(200) + 'cafÃ© x'
  const doc = new Doc(text)
  assert.equal(unusualOffsets(doc), null)
  const sticky = /[Ãâ][\u0080-\u00bf€™]/y
  const match = execAtUnusual(doc, sticky)
  assert.deepEqual([match?.index, match?.[0]], [text.indexOf('Ã©'), 'Ã©'])
  assert.equal(execAtUnusual(doc, sticky, text.indexOf('Ã©') + 1), null)
})

test('hasUnusual answers for a character class from the distinct unusual characters, as a scan would', () => {
  const doc = new Doc('He said “fine” — twice — and “left”.')
  assert.equal(hasUnusual(doc, /[—]/y), true)
  assert.equal(hasUnusual(doc, /[\u00a0\u200b]+/y), false)
  assert.equal(hasUnusual(new Doc('plain'), /[é]/y), false)
  const dense = new Doc('Привет, мир. '.repeat(200) + '\u00a0')
  assert.equal(unusualOffsets(dense), null)
  assert.equal(hasUnusual(dense, /[\u00a0]/y), true)
  assert.equal(hasUnusual(dense, /[\u200b]/y), false)
})
