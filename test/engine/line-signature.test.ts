import assert from 'node:assert/strict'
import test from 'node:test'
import {lineSignature} from '../../src/util/line-signature.js'

const signature = (text: string) => lineSignature(text, 0, text.length)
/** A compared form of the kind the signature must respect: lower case, runs of other characters as one space. */
const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

test('lineSignature: lines with the same compared form have the same signature', () => {
  const pairs = [
    ['The ferry left at nine.', 'THE  FERRY — left at nine!'],
    ['Kelvin kept the scale', '\u212Aelvin kept the scale'],
    ['İstanbul', 'i\u0307stanbul'],
    ['“Quoted” words, then more words and more words at the end', '"quoted" words then more words and more words at the end']
  ]
  for (const [a, b] of pairs) {
    assert.equal(key(a), key(b))
    assert.equal(signature(a), signature(b), `${a} / ${b}`)
  }
})

test('lineSignature: reads only the given range, and tells different ends apart', () => {
  const text = 'xx The ferry left at nine. yy'
  assert.equal(lineSignature(text, 3, 26), signature('The ferry left at nine.'))
  assert.notEqual(signature('The ferry left at nine.'), signature('The ferry left at ten.'))
  assert.notEqual(signature('A ferry left at nine.'), signature('The ferry left at nine.'))
})
