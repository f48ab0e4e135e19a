/**
 * A fast "is this an English word?" for hot paths: the stems of the Hunspell
 * en_US dictionary (`dictionary-en`'s word list, without its affix rules) as
 * a set of word hashes, with common inflections stripped before the look-up.
 * Loading takes milliseconds, where the full speller (`dictionary.ts`) takes
 * a fifth of a second; the price is an approximate answer, fine for judging
 * what share of a sentence is English. The hashes are kept in a typed
 * open-addressing table: a `Set` of 49,000 numbers took ~20 ms to fill, most
 * of the load, which every process and every corpus worker pays.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {hashRange, hashWord} from './word-tokens.js'

/** 2^17 slots for ~49,000 hashes: under two fifths full, so a look-up probes about one slot. */
const TABLE_BITS = 17

/** A set of 32-bit hashes: linear probing in a power-of-two table, 0 marking an empty slot (hash 0 is kept aside). */
export class HashSet32 {
  readonly #slots: Int32Array
  readonly #shift: number
  readonly #mask: number
  #zero = false

  constructor(bits: number) {
    this.#slots = new Int32Array(1 << bits)
    this.#shift = 32 - bits
    this.#mask = (1 << bits) - 1
  }

  add(hash: number): void {
    if (hash === 0) {
      this.#zero = true
      return
    }
    const slots = this.#slots
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.#shift
    while (slots[slot] !== 0 && slots[slot] !== hash) slot = (slot + 1) & this.#mask
    slots[slot] = hash
  }

  has(hash: number): boolean {
    if (hash === 0) return this.#zero
    const slots = this.#slots
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.#shift
    for (let found = slots[slot]; found !== 0; found = slots[slot]) {
      if (found === hash) return true
      slot = (slot + 1) & this.#mask
    }
    return false
  }
}

let stems: HashSet32 | undefined

function load(): HashSet32 {
  if (!stems) {
    const require = createRequire(import.meta.url)
    const file = path.join(path.dirname(require.resolve('dictionary-en')), 'index.dic')
    stems = new HashSet32(TABLE_BITS)
    // One pass over the file (its first line is the word count); each line is `word` or `word/FLAGS`.
    const text = readFileSync(file, 'utf8')
    for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length; ) {
      const newline = text.indexOf('\n', start)
      const end = newline < 0 ? text.length : newline
      let wordEnd = start
      while (wordEnd < end && text.charCodeAt(wordEnd) !== SLASH && !isSpace(text.charCodeAt(wordEnd))) wordEnd++
      if (wordEnd > start) stems.add(hashRange(text, start, wordEnd))
      start = end + 1
    }
  }
  return stems
}

const SLASH = 0x2f

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d
}

const INFLECTION = /(?:'s|s|es|ed|d|ing|ly|er|est|ies|ied)$/

/** Whether a lower-case word is an English dictionary stem, or one with a common inflection. */
export function isEnglishStem(word: string): boolean {
  const known = load()
  if (known.has(hashWord(word))) return true
  const match = INFLECTION.exec(word)
  if (!match) return false
  const stem = word.slice(0, match.index)
  return known.has(hashWord(stem)) || known.has(hashWord(stem + 'e')) || (/^ie[sd]$/.test(match[0]) && known.has(hashWord(stem + 'y')))
}
