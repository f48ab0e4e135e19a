import {test} from 'node:test'
import assert from 'node:assert/strict'
import {countWords} from '../../src/engine/stats.js'

/** The definition `countWords` implements without building matches. */
const reference = (text: string) => [...text.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)].length

test('countWords agrees with the word pattern', () => {
  const samples = [
    '',
    'One two three.',
    "Don't stop—it's the 3rd time; 42 isn't a word, well-known is one.",
    '-abc 1a-2b a1b ’tis 99 --- x',
    'Café Ünïcödé 東京 are words; 𝐀𝐁𝐂 (mathematical letters) and 😀 are not all words.',
    'lone \uD800 surrogate \uDC00 here',
    'tab\tseparated\nlines\r\nand  spaces'
  ]
  for (const text of samples) assert.equal(countWords(text), reference(text), JSON.stringify(text))
})

test('countWords agrees with the word pattern on random strings of letters, digits, joiners and the rest', () => {
  const alphabet = ['a', 'Z', 'é', '東', '1', '٣', "'", '’', '-', ' ', '\n', '.', ',', '—', '𝐀', '😀', '\uD800', '\uDC00', '_']
  let seed = 7
  const next = (limit: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % limit
  for (let sample = 0; sample < 3000; sample++) {
    let text = ''
    for (let length = next(40); length > 0; length--) text += alphabet[next(alphabet.length)]
    assert.equal(countWords(text), reference(text), JSON.stringify(text))
  }
})
