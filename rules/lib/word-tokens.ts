/**
 * The words of a document as flat arrays (offsets and lower-cased forms),
 * tokenised once per document with one regular expression and shared by the
 * rules that match phrases on raw text (no NLCST parse needed).
 */
import type {Doc} from '../../src/engine/doc.js'

export interface WordTokens {
  starts: number[]
  ends: number[]
  /** Lower-cased, with `’` written `'`. */
  lower: string[]
}

/** A word: letters and digits, with inner apostrophes (`don't`); hyphens separate words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

const cache = new WeakMap<Doc, WordTokens>()

export function wordTokens(doc: Doc): WordTokens {
  let tokens = cache.get(doc)
  if (!tokens) {
    tokens = tokenize(doc.text)
    cache.set(doc, tokens)
  }
  return tokens
}

export function tokenize(text: string): WordTokens {
  const starts: number[] = []
  const ends: number[] = []
  const lower: string[] = []
  // Lower-casing the whole text once is much cheaper than once per word; it
  // keeps offsets only when no character changes length (almost always).
  const folded = text.toLowerCase()
  const aligned = folded.length === text.length
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const end = start + match[0].length
    starts.push(start)
    ends.push(end)
    const word = aligned ? folded.slice(start, end) : match[0].toLowerCase()
    lower.push(word.includes('’') ? word.replace(/’/g, "'") : word)
  }
  return {starts, ends, lower}
}

/** The lower-cased words of a phrase, as `tokenize` would see them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).lower
}

/**
 * Whether the text between two words lets a phrase continue across it: it
 * must be short and hold none of the `stop` characters (sentence ends, line
 * breaks, …).
 */
export function joins(text: string, end: number, start: number, stop: RegExp): boolean {
  if (start - end > 3) return false
  if (start - end === 1 && text.charCodeAt(end) === 32) return true
  return !stop.test(text.slice(end, start))
}
