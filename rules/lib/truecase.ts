/**
 * The truecasing table (`rules/data/truecase.tsv`, built from the Brown corpus
 * by `scripts/build-truecase.ts`): for each common word, how often edited
 * English writes it in lower case and how often capitalised where the capital
 * is not explained by its position, and its usual part of speech. Read on
 * first use into a map keyed by the word hash of `word-tokens.ts`, so the
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
/** Word hash → the entry, or the offset of its line while nobody has asked. */
let table: Map<number, TruecaseEntry | number> | undefined

function load(): Map<number, TruecaseEntry | number> {
  if (!table) {
    table = new Map()
    source = readDataFile('truecase.tsv')
    for (let start = 0; start < source.length; ) {
      const newline = source.indexOf('\n', start)
      const end = newline < 0 ? source.length : newline
      const tab = source.indexOf('\t', start)
      // Comment lines (`#`) and blank lines have no entry.
      if (source.charCodeAt(start) !== 0x23 && tab > start && tab < end) table.set(hashRange(source, start, tab), start)
      start = end + 1
    }
  }
  return table
}

function parseLine(start: number): TruecaseEntry {
  const newline = source.indexOf('\n', start)
  const [word, lower, capital, initial, pos] = source.slice(start, newline < 0 ? source.length : newline).split('\t')
  return {word, lower: Number(lower), capital: Number(capital), initial: Number(initial), pos: pos as PartOfSpeech}
}

/** The entry of a word by its `hashWord` hash (which folds case and `’`). */
export function truecaseByHash(hash: number): TruecaseEntry | undefined {
  const map = load()
  const found = map.get(hash)
  if (typeof found !== 'number') return found
  const entry = parseLine(found)
  map.set(hash, entry)
  return entry
}

/** The entry of a word. */
export function truecaseEntry(word: string): TruecaseEntry | undefined {
  return truecaseByHash(hashWord(word))
}

/** Share of the word's non-initial occurrences that are capitalised. */
export function capitalShare(entry: TruecaseEntry): number {
  return entry.capital / (entry.capital + entry.lower)
}
