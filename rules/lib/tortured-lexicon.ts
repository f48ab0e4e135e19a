/**
 * The tortured-phrase lexicon: the Problematic Paper Screener list
 * (`tortured-phrases.tsv`) and scrapelint's news list
 * (`tortured-phrases-news.tsv`), loaded on first use into word tries.
 */
import {readDataLines} from './data-file.js'
import {PhraseIndex} from './phrase-index.js'
import {phraseWords} from './word-tokens.js'

export interface TorturedEntry {
  /** The established phrase(s); the first is the suggestion. */
  correct: string[]
  source: 'screener' | 'news'
  /** For names of institutions: the exact capitalised words that must match. */
  exact?: string[]
}

const indexes = new Map<TorturedEntry['source'], PhraseIndex<TorturedEntry>>()

export function torturedIndex(source: TorturedEntry['source']): PhraseIndex<TorturedEntry> {
  let index = indexes.get(source)
  if (!index) {
    index = new PhraseIndex()
    const file = source === 'screener' ? 'tortured-phrases.tsv' : 'tortured-phrases-news.tsv'
    for (const line of readDataLines(file)) {
      const [tortured, ...correct] = line.split('\t')
      const exact = /\p{Lu}/u.test(tortured) ? tortured.split(' ') : undefined
      index.add(phraseWords(tortured), {correct, source, exact})
    }
    indexes.set(source, index)
  }
  return index
}
