/**
 * The truecasing table (`rules/data/truecase.tsv`, built from the Brown corpus
 * by `scripts/build-truecase.ts`): for each common word, how often edited
 * English writes it in lower case and how often capitalised where the capital
 * is not explained by its position, and its usual part of speech. Read on
 * first use into a table keyed by the word hash of `word-tokens.ts`, so the
 * rules look words up without building strings. Loading only indexes where
 * each line starts; a line becomes an entry when its word is first looked up
 * (a short text asks about a few hundred of the table's words).
 */
import {readDataFile} from './data-file.js'
import {hashRange, hashWord} from './word-tokens.js'

/**
 * Part of speech, one letter (see the script): `p` subject pronoun, `d`
 * determiner, `a` auxiliary, `f` finite verb, `v` base verb, `g` participle,
 * `n` noun, `j` adjective, `r` adverb, `i` preposition, `c` conjunction,
 * `w` wh-word, `o` other.
 */
export type PartOfSpeech = 'p' | 'd' | 'a' | 'f' | 'v' | 'g' | 'n' | 'j' | 'r' | 'i' | 'c' | 'w' | 'o'

export interface TruecaseEntry {
  word: string
  /** Lower-case occurrences. */
  lower: number
  /** Capitalised occurrences not at a sentence start. */
  capital: number
  /** Sentence-initial occurrences. */
  initial: number
  pos: PartOfSpeech
}

let source = ''
/**
 * Word hash → entry number, an open-addressing table in typed arrays: the
 * hashes are 32-bit and many are no small integers to V8, so a `Map` keyed
 * on them boxes each key it is asked about, and the rules ask often.
 */
let keys: Int32Array | undefined
/** Entry number + 1 per slot (0: empty). */
let slots: Int32Array
let mask = 0
/** Where each entry's line starts in `source`. */
const lineStarts: number[] = []
/** Entries parsed so far, by entry number: a line becomes an entry when its word is first looked up. */
const entries: Array<TruecaseEntry | undefined> = []

function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 0 & mask
}

function load(): Int32Array {
  if (!keys) {
    source = readDataFile('truecase.tsv')
    const hashes: number[] = []
    for (let start = 0; start < source.length; ) {
      const newline = source.indexOf('\n', start)
      const end = newline < 0 ? source.length : newline
      const tab = source.indexOf('\t', start)
      // Comment lines (`#`) and blank lines have no entry.
      if (source.charCodeAt(start) !== 0x23 && tab > start && tab < end) {
        hashes.push(hashRange(source, start, tab))
        lineStarts.push(start)
      }
      start = end + 1
    }
    let size = 1
    while (size < 2 * hashes.length) size *= 2
    mask = size - 1
    keys = new Int32Array(size)
    slots = new Int32Array(size)
    hashes.forEach((hash, entry) => {
      let slot = slotOf(hash)
      // A later line with the same hash takes its place, as it would in a map.
      while (slots[slot] !== 0 && keys![slot] !== hash) slot = (slot + 1) & mask
      keys![slot] = hash
      slots[slot] = entry + 1
    })
  }
  return keys
}

function parseLine(start: number): TruecaseEntry {
  const newline = source.indexOf('\n', start)
  const [word, lower, capital, initial, pos] = source.slice(start, newline < 0 ? source.length : newline).split('\t')
  return {word, lower: Number(lower), capital: Number(capital), initial: Number(initial), pos: pos as PartOfSpeech}
}

/** The entry of a word by its `hashWord` hash (which folds case and `’`). */
export function truecaseByHash(hash: number): TruecaseEntry | undefined {
  const table = load()
  for (let slot = slotOf(hash); slots[slot] !== 0; slot = (slot + 1) & mask) {
    if (table[slot] === hash) {
      const entry = slots[slot] - 1
      return (entries[entry] ??= parseLine(lineStarts[entry]))
    }
  }
  return undefined
}

/** The entry of a word. */
export function truecaseEntry(word: string): TruecaseEntry | undefined {
  return truecaseByHash(hashWord(word))
}

/** Share of the word's non-initial occurrences that are capitalised. */
export function capitalShare(entry: TruecaseEntry): number {
  return entry.capital / (entry.capital + entry.lower)
}
