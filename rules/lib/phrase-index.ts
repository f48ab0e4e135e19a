/**
 * A word trie for matching thousands of multi-word phrases in one pass over
 * a document's words (`WordTokens`). The cost per word of text is one probe
 * of a bit table of the phrases' first word pairs. A pair that passes is
 * often a common one that starts only longer phrases ("in the", "to be"):
 * two more probes (of the two-word phrases, and of the longer phrases' first
 * three words) rule most of those out, and only the rest walks the trie
 * (keyed by word hashes) and is verified word by word.
 *
 * Entries are registered as raw data lines and read lazily: adding one reads
 * only the hashes of its first three words (split at spaces, for a plain
 * phrase, without a word scan), and the lines sharing a first word become trie
 * nodes when that word first starts a candidate pair. Loading thousands of
 * entries thus costs little more than splitting the file into lines.
 */
import {hashRange, hashWord, isWordAt, joins, PairFilter, phraseWords, scanWords, type WordTokens} from './word-tokens.js'

interface Node<V> {
  next?: Map<number, Node<V>>
  value?: V
  /** The phrase's words, to verify a match found by hashes. */
  words?: string[]
}

export interface PhraseMatch<V> {
  /** Index of the first and one past the last word. */
  first: number
  last: number
  value: V
}

/** How a data line becomes a phrase and its value. */
export type ParseEntry<V> = (line: string) => {phrase: string; value: V} | undefined

/**
 * Most candidate pairs start no phrase: at the default density a false
 * candidate came every ~15 words of text, and each costs trie look-ups. A
 * sparser table (at most 128 KB) passes about one word pair in 150.
 */
const BITS_PER_PAIR = 256

/** A phrase of ASCII letters and digits between single spaces, as almost all are. */
const PLAIN = /^[A-Za-z\d]+(?: [A-Za-z\d]+)*$/

/**
 * The hashes of a phrase's first three words (fewer if it has fewer). A
 * plain phrase's words are its space-separated parts, hashed without a word
 * scan: loading a list of thousands of phrases (each one scan, with its
 * arrays) took tens of milliseconds.
 */
function leadingHashes(phrase: string): number[] {
  if (!PLAIN.test(phrase)) {
    const {count, hashes} = scanWords(phrase)
    return Array.from(hashes.subarray(0, Math.min(count, 3)))
  }
  const hashes: number[] = []
  for (let start = 0; hashes.length < 3 && start < phrase.length; ) {
    const space = phrase.indexOf(' ', start)
    const end = space < 0 ? phrase.length : space
    hashes.push(hashRange(phrase, start, end))
    start = end + 1
  }
  return hashes
}

/** One hash of two word hashes, to probe a `PairFilter` with three words. */
const pairHash = (first: number, second: number) => first ^ Math.imul(second, 0x85ebca6b)

export class PhraseIndex<V> {
  readonly #root = new Map<number, Node<V>>()
  readonly #filter: PairFilter
  /** The two-word phrases, and the first three words (first two as `pairHash`) of the longer ones. */
  readonly #pairs: PairFilter
  readonly #triples: PairFilter
  /** Lines not yet in the trie, by the hash of their first word. */
  readonly #pending = new Map<number, string[]>()
  readonly #parse: ParseEntry<V>

  /**
   * A table of first word pairs for several indexes matched over the same
   * words (pass it to each): one pass of its `candidates` then serves them
   * all. `size`: about how many entries they will hold together.
   */
  static sharedFirstPairs(size: number): PairFilter {
    return new PairFilter(size, BITS_PER_PAIR)
  }

  /** `size`: about how many entries will be added; `firstPairs`: a table from `sharedFirstPairs`. */
  constructor(parse: ParseEntry<V>, size: number, firstPairs = PhraseIndex.sharedFirstPairs(size)) {
    this.#parse = parse
    this.#filter = firstPairs
    this.#pairs = new PairFilter(size)
    this.#triples = new PairFilter(size)
  }

  /**
   * Register a data line whose phrase is `line.slice(0, phraseEnd)`; phrases
   * of fewer than two words are ignored.
   */
  add(line: string, phraseEnd = line.length): void {
    const hashes = leadingHashes(line.slice(0, phraseEnd))
    if (hashes.length < 2) return
    const [first, second, third] = hashes
    this.#filter.add(first, second)
    if (third === undefined) this.#pairs.add(first, second)
    else this.#triples.add(pairHash(first, second), third)
    const lines = this.#pending.get(first)
    if (lines) lines.push(line)
    else this.#pending.set(first, [line])
  }

  /**
   * Whether a phrase can start at word `index` (whose pair passed `#filter`,
   * which other indexes may share): a phrase found there has its first two
   * or three words at `index`.
   */
  #mayStart(hashes: Int32Array, count: number, index: number): boolean {
    const first = hashes[index]
    const second = hashes[index + 1]
    return this.#pairs.has(first, second) || (index + 2 < count && this.#triples.has(pairHash(first, second), hashes[index + 2]))
  }

  /** The trie node of a first word, building it from its pending lines on first use. */
  #start(hash: number): Node<V> | undefined {
    const lines = this.#pending.get(hash)
    if (lines) {
      this.#pending.delete(hash)
      for (const line of lines) {
        const entry = this.#parse(line)
        if (entry) this.#insert(phraseWords(entry.phrase), entry.value)
      }
    }
    return this.#root.get(hash)
  }

  /** An existing phrase keeps its first value. */
  #insert(words: string[], value: V): void {
    let level = this.#root
    let node: Node<V> | undefined
    for (const word of words) {
      const hash = hashWord(word)
      node = level.get(hash)
      if (!node) level.set(hash, (node = {}))
      level = node.next ??= new Map()
    }
    if (node && node.value === undefined) {
      node.value = value
      node.words = words
    }
  }

  /**
   * Every non-overlapping longest match, left to right. Words must be joined
   * by text that `joins` accepts under `stop`. `candidates`: those of the
   * index's first-pair table, when it is shared and they were found already.
   */
  *matches(text: string, tokens: WordTokens, stop: RegExp, candidates = this.#filter.candidates(tokens)): Generator<PhraseMatch<V>> {
    const {count, starts, ends, hashes} = tokens
    let index = 0
    for (const candidate of candidates) {
      if (candidate < index || !this.#mayStart(hashes, count, candidate)) continue
      index = candidate
      let node = this.#start(hashes[index])
      let best: PhraseMatch<V> | undefined
      let cursor = index
      while (node) {
        if (node.value !== undefined && this.#verify(text, tokens, index, node.words!)) best = {first: index, last: cursor + 1, value: node.value}
        const following = cursor + 1
        if (!node.next || following >= count || !joins(text, ends[cursor], starts[following], stop)) break
        node = node.next.get(hashes[following])
        cursor = following
      }
      if (best) {
        yield best
        index = best.last
      }
    }
  }

  #verify(text: string, tokens: WordTokens, first: number, words: readonly string[]): boolean {
    return words.every((word, offset) => isWordAt(text, tokens, first + offset, word))
  }
}
