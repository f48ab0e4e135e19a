/**
 * The truecasing table (`rules/data/truecase.tsv`, built from the Brown corpus
 * by `scripts/build-truecase.ts`): for each common word, how often edited
 * English writes it in lower case and how often capitalised where the capital
 * is not explained by its position, and its usual part of speech. Read on
 * first use into a map keyed by the word hash of `word-tokens.ts`, so the
 * rules look words up without building strings.
 */
import {readDataLines} from './data-file.js'
import {hashWord} from './word-tokens.js'

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

let table: Map<number, TruecaseEntry> | undefined

function load(): Map<number, TruecaseEntry> {
  if (!table) {
    table = new Map()
    for (const line of readDataLines('truecase.tsv')) {
      const [word, lower, capital, initial, pos] = line.split('\t')
      table.set(hashWord(word), {word, lower: Number(lower), capital: Number(capital), initial: Number(initial), pos: pos as PartOfSpeech})
    }
  }
  return table
}

/** The entry of a word by its `hashWord` hash (which folds case and `’`). */
export function truecaseByHash(hash: number): TruecaseEntry | undefined {
  return load().get(hash)
}

/** The entry of a word. */
export function truecaseEntry(word: string): TruecaseEntry | undefined {
  return load().get(hashWord(word))
}

/** Share of the word's non-initial occurrences that are capitalised. */
export function capitalShare(entry: TruecaseEntry): number {
  return entry.capital / (entry.capital + entry.lower)
}
