/**
 * The tortured-phrase lexicon: the Problematic Paper Screener list
 * (`tortured-phrases.tsv`) and scrapelint's news list
 * (`tortured-phrases-news.tsv`), read on first use into lazily built word
 * tries (see `PhraseIndex`: loading reads only the hashes of each phrase's words).
 */
import {readDataLines} from './data-file.js'
import {PhraseIndex} from './phrase-index.js'

export interface TorturedEntry {
  /** The established phrase(s); the first is the suggestion. */
  correct: string[]
  source: 'screener' | 'news'
  /** For names of institutions: the exact capitalised words that must match. */
  exact?: string[]
}

const indexes = new Map<TorturedEntry['source'], PhraseIndex<TorturedEntry>>()
const CAPITAL = /\p{Lu}/u

export function torturedIndex(source: TorturedEntry['source']): PhraseIndex<TorturedEntry> {
  let index = indexes.get(source)
  if (!index) {
    const lines = readDataLines(source === 'screener' ? 'tortured-phrases.tsv' : 'tortured-phrases-news.tsv')
    index = new PhraseIndex((line) => {
      const [tortured, ...correct] = line.split('\t')
      const exact = CAPITAL.test(tortured) ? tortured.split(' ') : undefined
      return {phrase: tortured, value: {correct, source, exact}}
    }, lines.length)
    for (const line of lines) {
      const tab = line.indexOf('\t')
      index.add(line, tab < 0 ? line.length : tab)
    }
    indexes.set(source, index)
  }
  return index
}
