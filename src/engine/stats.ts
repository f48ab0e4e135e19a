/**
 * Document-level figures reported with each file: word and sentence counts
 * and, per category, the number of findings, their density per 1,000 words
 * and the share of sentences they touch. Quality scoring and the
 * machine-translation damage signal (category `mt`) build on these.
 */
import type {Category, ScrapelintMessage} from './types.js'
import {charClass, LETTER as UNICODE_LETTER, NUMBER as UNICODE_NUMBER} from '../util/chars.js'

export interface CategoryStats {
  count: number
  per1000Words: number
  /** Sentences holding at least one finding of the category. */
  sentences: number
  /** `sentences` as a share of all sentences (0–1, three decimals). */
  sentenceShare: number
}

export interface DocumentStats {
  words: number
  sentences: number
  categories: Partial<Record<Category, CategoryStats>>
}

/**
 * Where a sentence ends: a run of `.!?…` (with closing quotes or brackets)
 * before white space, or a line break. Abbreviations split a sentence in
 * two now and then; the figures are densities, not a parse.
 */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\r?\n|\r/g

/** Character classes for `countWords`: 1 a letter, 2 a digit, `'`, `’` or `-` (a word may hold but not start with these). */
const LETTER = 1
const JOINER = 2
const ASCII_CLASSES = Uint8Array.from({length: 128}, (_, code) => classOf(code))

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

function classOf(code: number): number {
  const unicode = charClass(code)
  if (unicode & UNICODE_LETTER) return LETTER
  return unicode & UNICODE_NUMBER || code === 39 || code === 0x2019 || code === 45 ? JOINER : 0
}

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return classOf(isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1)) ? text.codePointAt(index)! : code)
}

/**
 * How many words there are — matches of `\p{L}[\p{L}\p{N}'’-]*` — counted
 * without building the matches: each maximal run of letters, digits, `'`,
 * `’` and `-` that holds a letter is one word (the match starts at its first
 * letter and takes the rest of the run). A state machine read from tables,
 * without branches on the text: word boundaries are too irregular for the
 * CPU to predict, and this runs over every character of a corpus.
 */
export function countWords(text: string): number {
  let count = 0
  let state = BETWEEN
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let kind: number
    if (code < 128) kind = ASCII_CLASSES[code]
    else {
      kind = classAt(text, index)
      // The low half of a surrogate pair belongs to the character just read.
      if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) index++
    }
    const transition = state * 4 + kind
    count += STARTS_WORD[transition]
    state = NEXT_STATE[transition]
  }
  return count
}

/** States of `countWords`: outside a run, in a run without a letter yet, in a run that is a word. */
const BETWEEN = 0
const IN_RUN = 1
const IN_WORD = 2
/** The next state by `state * 4 + class` (class 0 none, `LETTER`, `JOINER`). */
const NEXT_STATE = Uint8Array.from([BETWEEN, IN_WORD, IN_RUN, 0, BETWEEN, IN_WORD, IN_RUN, 0, BETWEEN, IN_WORD, IN_WORD, 0])
/** 1 where a transition reads the first letter of a run: a word starts. */
const STARTS_WORD = Uint8Array.from([0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0])

/** Start offsets of the sentences that hold at least one letter or digit. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = []
  let start = 0
  const close = (end: number) => {
    if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) starts.push(start)
    start = end
  }
  for (const match of text.matchAll(SENTENCE_END)) close(match.index + match[0].length)
  close(text.length)
  return starts
}

/** Index of the sentence holding `offset` (the last start at or before it). */
function sentenceIndex(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

export function documentStats(text: string, messages: readonly ScrapelintMessage[]): DocumentStats {
  const words = countWords(text)
  const starts = sentenceStarts(text)
  const counts = new Map<Category, {count: number; sentences: Set<number>}>()
  for (const message of messages) {
    let entry = counts.get(message.category)
    if (!entry) counts.set(message.category, (entry = {count: 0, sentences: new Set()}))
    entry.count++
    if (starts.length > 0) entry.sentences.add(sentenceIndex(starts, message.range[0]))
  }
  const categories: DocumentStats['categories'] = {}
  for (const [category, {count, sentences}] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    categories[category] = {
      count,
      per1000Words: words === 0 ? 0 : round((count / words) * 1000),
      sentences: sentences.size,
      sentenceShare: starts.length === 0 ? 0 : round(sentences.size / starts.length)
    }
  }
  return {words, sentences: starts.length, categories}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
