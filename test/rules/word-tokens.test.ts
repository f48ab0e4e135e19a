import assert from 'node:assert/strict'
import test from 'node:test'
import {scanWords, wordAt, type WordTokens} from '../../rules/lib/word-tokens.js'

/** The tokens as plain arrays, for comparison. */
function plain(tokens: WordTokens): number[][] {
  const rows: number[][] = []
  for (let index = 0; index < tokens.count; index++) rows.push([tokens.starts[index], tokens.ends[index], tokens.hashes[index], tokens.initials[index]])
  return rows
}

// Letters with and without case, digits, both apostrophes, separators, an astral letter, an emoji and a lone surrogate.
const ALPHABET = ['a', 'b', 'Z', 'é', 'É', '7', "'", '’', ' ', ' ', ' ', '\n', '-', '.', '中', '𝐀', '😀', '\ud800', 'ß', 'İ']

function randomText(random: () => number, length: number): string {
  let text = ''
  for (let index = 0; index < length; index++) text += ALPHABET[Math.floor(random() * ALPHABET.length)]
  return text
}

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

test('words: apostrophes inside words only, hyphens and other characters separate them', () => {
  const text = "Don't re-enter ’tis rock’n’roll, 'quoted' É7 中文"
  const tokens = scanWords(text)
  assert.deepEqual(
    Array.from({length: tokens.count}, (_, index) => wordAt(text, tokens, index)),
    ["don't", 're', 'enter', 'tis', "rock'n'roll", 'quoted', 'é7', '中文']
  )
})

test('a long text scanned in windows cut after spaces and line breaks gives the tokens of one pass', () => {
  const random = generator(7)
  for (let round = 0; round < 400; round++) {
    const text = randomText(random, 1 + Math.floor(random() * 300))
    const from = Math.floor(random() * 5)
    const to = Math.max(from, text.length - Math.floor(random() * 5))
    const whole = plain(scanWords(text, from, to, undefined, Infinity))
    for (const window of [1, 2, 3, 5, 8, 13, 64]) {
      assert.deepEqual(plain(scanWords(text, from, to, undefined, window)), whole, `window ${window} on ${JSON.stringify(text.slice(from, to))}`)
    }
    // Reused arrays, too small or large enough, give the same tokens.
    const small: WordTokens = {count: 0, starts: new Int32Array(4), ends: new Int32Array(4), hashes: new Int32Array(4), initials: new Uint8Array(4)}
    assert.deepEqual(plain(scanWords(text, from, to, small, 5)), whole)
    assert.deepEqual(plain(scanWords(text, from, to, scanWords('x '.repeat(400)), 5)), whole)
  }
})

test('a stretch without a space or line break longer than the window is scanned whole', () => {
  const text = 'ab-cd'.repeat(50) + ' ' + "it's".repeat(40)
  assert.deepEqual(plain(scanWords(text, 0, text.length, undefined, 7)), plain(scanWords(text, 0, text.length, undefined, Infinity)))
})
