/**
 * The tortured-phrase lexicon: the Problematic Paper Screener list
 * (`tortured-phrases.tsv`) and scrapelint's news list
 * (`tortured-phrases-news.tsv`), read on first use into lazily built word
 * tries (see `PhraseIndex`: loading reads only each line's first words)
 * that share one table of first word pairs: one pass over a document's
 * words finds the candidates of both lists.
 */
import {readDataLines} from './data-file.js'
import {PhraseIndex} from './phrase-index.js'
import type {PairFilter, WordTokens} from './word-tokens.js'

export interface TorturedEntry {
  /** The established phrase(s); the first is the suggestion. */
  correct: string[]
  source: 'screener' | 'news'
  /** For names of institutions: the exact capitalised words that must match. */
  exact?: string[]
}

type Source = TorturedEntry['source']

export interface TorturedLexicon {
  /** The index of each list asked for, in the order asked. */
  indexes: Array<[Source, PhraseIndex<TorturedEntry>]>
  /** The candidates of all the indexes, to pass to their `matches`. */
  candidates(tokens: WordTokens): number[]
}

const FILES: Record<Source, string> = {screener: 'tortured-phrases.tsv', news: 'tortured-phrases-news.tsv'}
/** By the lists asked for (a rule's options): a handful at most. */
const lexicons = new Map<string, TorturedLexicon>()
const CAPITAL = /\p{Lu}/u

export function torturedLexicon(sources: readonly Source[]): TorturedLexicon {
  const key = sources.join()
  let lexicon = lexicons.get(key)
  if (!lexicon) {
    const lists = sources.map((source) => [source, readDataLines(FILES[source])] as const)
    const firstPairs = PhraseIndex.sharedFirstPairs(lists.reduce((sum, [, lines]) => sum + lines.length, 0))
    lexicon = {
      indexes: lists.map(([source, lines]) => [source, buildIndex(source, lines, firstPairs)]),
      candidates: (tokens) => firstPairs.candidates(tokens)
    }
    lexicons.set(key, lexicon)
  }
  return lexicon
}

function buildIndex(source: Source, lines: string[], firstPairs: PairFilter): PhraseIndex<TorturedEntry> {
  const index = new PhraseIndex<TorturedEntry>(
    (line) => {
      const [tortured, ...correct] = line.split('\t')
      const exact = CAPITAL.test(tortured) ? tortured.split(' ') : undefined
      return {phrase: tortured, value: {correct, source, exact}}
    },
    lines.length,
    firstPairs
  )
  for (const line of lines) {
    const tab = line.indexOf('\t')
    index.add(line, tab < 0 ? line.length : tab)
  }
  return index
}
