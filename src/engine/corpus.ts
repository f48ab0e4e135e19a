/**
 * Corpus context: what a rule may know about the other files linted in the
 * same run — for each line, how many files contain it. A line that recurs in
 * many files is site template (menus, footers, sign-up boxes), whatever its
 * wording. The CLI builds it in a pre-pass over all inputs; the library API
 * and the language server lint one text at a time and have none.
 *
 * Bounded and linear: one pass over each text, lines are keyed by a 53-bit
 * hash of their normalised form (no strings are kept), each file counts a
 * line once, over-long lines are not counted, and once `maxKeys` distinct
 * lines are known, new ones are no longer added (known ones keep counting).
 */

export interface CorpusContext {
  /** How many files the run lints together. */
  readonly files: number
  /** How many of those files contain `line` (compared normalised); 0 when unknown. */
  filesWith(line: string): number
}

export interface CorpusLimits {
  /** Lines longer than this (in UTF-16 units, before normalising) are not counted. */
  maxLineLength: number
  /** Distinct lines remembered at most. */
  maxKeys: number
}

export const DEFAULT_CORPUS_LIMITS: CorpusLimits = {maxLineLength: 1000, maxKeys: 2_000_000}

/**
 * The comparison form of a line: lower case, each run of digits as `0`, each
 * run of other non-letters as one space, trimmed — so "© 2019 Site, Inc." and
 * "© 2020 Site Inc" are the same template line.
 */
export function corpusKey(line: string): string {
  // An ASCII line (most are) in one pass; the Unicode patterns, whose first use costs a short-lived
  // process ~10 ms, only for the others.
  let key = ''
  let separated = false
  let inDigits = false
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code >= 128) return unicodeCorpusKey(line)
    if (code >= 48 && code <= 57) {
      if (!inDigits) key += separated && key !== '' ? ' 0' : '0'
      separated = false
      inDigits = true
      continue
    }
    inDigits = false
    const lower = code >= 65 && code <= 90 ? code + 32 : code
    if (lower >= 97 && lower <= 122) {
      if (separated && key !== '') key += ' '
      separated = false
      key += String.fromCharCode(lower)
    } else {
      separated = true
    }
  }
  return key
}

/** `corpusKey` by its definition, for lines with characters outside ASCII. */
export function unicodeCorpusKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}\p{M}0]+/gu, ' ')
    .trim()
}

/** cyrb53: a fast 53-bit string hash, exact as a JS number. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

const LINE_BREAK = /\r\n|\n|\r/

export class CorpusBuilder {
  readonly #counts = new Map<number, number>()
  readonly #limits: CorpusLimits
  #files = 0

  constructor(limits: Partial<CorpusLimits> = {}) {
    this.#limits = {...DEFAULT_CORPUS_LIMITS, ...limits}
  }

  /** Count the distinct lines of one file. */
  add(text: string): void {
    this.#files++
    for (const key of distinctLineKeys(text, this.#limits)) {
      const count = this.#counts.get(key)
      if (count !== undefined) this.#counts.set(key, count + 1)
      else if (this.#counts.size < this.#limits.maxKeys) this.#counts.set(key, 1)
    }
  }

  build(): CorpusContext {
    const counts = this.#counts
    const limits = this.#limits
    return {
      files: this.#files,
      filesWith(line: string): number {
        const key = keyOf(line, limits)
        return key === undefined ? 0 : (counts.get(key) ?? 0)
      }
    }
  }
}

/** The hashed keys of a text's distinct countable lines (each once). */
export function distinctLineKeys(text: string, limits: CorpusLimits = DEFAULT_CORPUS_LIMITS): Set<number> {
  const seen = new Set<number>()
  for (const line of text.split(LINE_BREAK)) {
    const key = keyOf(line, limits)
    if (key !== undefined) seen.add(key)
  }
  return seen
}

/** The hashed key a line is counted under; undefined for blank or over-long lines. */
export function keyOf(line: string, limits: CorpusLimits = DEFAULT_CORPUS_LIMITS): number | undefined {
  if (line.length > limits.maxLineLength) return undefined
  const key = corpusKey(line)
  return key === '' ? undefined : hash53(key)
}
