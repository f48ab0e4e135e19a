/**
 * The words of a document as flat typed arrays — offsets and a 32-bit hash
 * of each lower-cased word — found in one pass over the character codes and
 * shared by the rules that match phrases on raw text (no NLCST parse, no
 * string per word). Rules compare hashes on the hot path and build strings
 * only for the few candidates they then verify.
 */
import {Buffer} from 'node:buffer'
import type {Doc} from '../../src/engine/doc.js'

export interface WordTokens {
  count: number
  starts: Int32Array
  ends: Int32Array
  /** FNV-1a hash of the lower-cased word, with `’` read as `'` (see `hashWord`). */
  hashes: Int32Array
  /** What each word starts with: `LOWER` or `UPPER` letter, or `OTHER` (a digit, a letter without case). */
  initials: Uint8Array
}

export const OTHER = 0
export const LOWER = 1
export const UPPER_INITIAL = 2

const WORD = 1
const UPPER = 2
const LETTER = 4
const KNOWN = 8
const LOWERCASE = 16
/** Character classes by UTF-16 code unit, filled on first sight of each unit. */
const classes = new Uint8Array(65536)
/** Lower-case code unit by code unit (0: not computed yet). */
const lowers = new Uint16Array(65536)
const WORD_CHAR = /[\p{L}\p{N}]/u
const LETTER_CHAR = /\p{L}/u
const UPPER_CHAR = /\p{Lu}/u
const LOWER_CHAR = /\p{Ll}/u

function classify(code: number): number {
  const char = String.fromCharCode(code)
  // A lone surrogate is no letter; words with astral-plane letters are split there.
  let kind = KNOWN
  if (WORD_CHAR.test(char)) kind |= WORD
  if (LETTER_CHAR.test(char)) kind |= LETTER
  if (UPPER_CHAR.test(char)) kind |= UPPER
  if (LOWER_CHAR.test(char)) kind |= LOWERCASE
  classes[code] = kind
  const lower = char.toLowerCase()
  lowers[code] = lower.length === 1 ? lower.charCodeAt(0) : code
  return kind
}

/** Classes of ASCII, and the folded form of its word characters (0 for the rest), for the hot loop. */
const ASCII = new Uint8Array(128)
const ASCII_WORD = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  ASCII[code] = classify(code)
  ASCII_WORD[code] = ASCII[code] & WORD ? lowers[code] : 0
}

function classOf(code: number): number {
  const kind = classes[code]
  return kind === 0 ? classify(code) : kind
}

/** The code unit a word is hashed and compared with: lower case, `’` as `'`. */
function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  if (code === 0x2019) return 39
  if (lowers[code] === 0) classify(code)
  return lowers[code]
}

const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 16777619

/**
 * The tokens of the document linted last. Rules run one document at a time,
 * so one set of buffers, grown as needed, serves every document: no
 * allocation per document.
 */
let lastDoc: Doc | undefined
let shared: WordTokens | undefined

export function wordTokens(doc: Doc): WordTokens {
  if (doc !== lastDoc || !shared) {
    // A huge document's arrays are not reused: a worker's memory stays that of ordinary documents.
    shared = scanWords(doc.text, 0, doc.text.length, shared && shared.starts.length <= KEPT_WORDS ? shared : undefined)
    lastDoc = doc
  }
  return shared
}

/** Code units copied at a time (2 MB): a longer text is scanned in windows cut after a space or line break. */
const KEPT_UNITS = 1 << 20
/** Token arrays this long (16 MB together) or shorter are reused for the next document. */
const KEPT_WORDS = 1 << 20

/**
 * The code units of `text[from, to)` in a typed array, reused from call to
 * call (the hot loop's `charCodeAt` re-checks the string's representation at
 * every character; a typed-array load does not). Valid until the next call.
 */
let units = new Uint16Array(1024)
let unitBytes = Buffer.from(units.buffer)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

function codeUnits(text: string, from: number, to: number): Uint16Array {
  const length = to - from
  let target = units
  let bytes = unitBytes
  if (length > units.length) {
    target = new Uint16Array(Math.max(length, Math.min(units.length * 2, KEPT_UNITS)))
    bytes = Buffer.from(target.buffer)
    // Only a stretch of over a million units without a space is longer: its array is not kept.
    if (target.length <= KEPT_UNITS) [units, unitBytes] = [target, bytes]
  }
  if (LITTLE_ENDIAN) {
    // UTF-16LE writes every code unit as it is, lone surrogates too.
    bytes.write(from === 0 && to === text.length ? text : text.slice(from, to), 0, 'utf16le')
  } else {
    for (let index = 0; index < length; index++) target[index] = text.charCodeAt(from + index)
  }
  return target
}

/**
 * A word is a run of letters and digits, with inner apostrophes before a
 * letter (`don't`); hyphens and all other characters separate words.
 * `window`: code units scanned at a time (tests make it small).
 */
export function scanWords(text: string, from = 0, to = text.length, reuse?: WordTokens, window = KEPT_UNITS): WordTokens {
  // About one word per four characters: a long text gets its arrays at once, not by doubling (each copy
  // would touch fresh memory, which is slow on some virtual machines).
  const estimate = Math.max(4, (to - from) >> 2)
  const fresh = !reuse || reuse.starts.length < estimate
  let capacity = fresh ? estimate : reuse.starts.length
  let starts = fresh ? new Int32Array(capacity) : (reuse.starts as Int32Array<ArrayBuffer>)
  let ends = fresh ? new Int32Array(capacity) : (reuse.ends as Int32Array<ArrayBuffer>)
  let hashes = fresh ? new Int32Array(capacity) : (reuse.hashes as Int32Array<ArrayBuffer>)
  let initials = fresh ? new Uint8Array(capacity) : (reuse.initials as Uint8Array<ArrayBuffer>)
  let count = 0
  for (let base = from; base < to; ) {
    const limit = windowEnd(text, base, to, window)
    // Offsets into `codes` run from 0 to `length`; the tokens get `base` added back.
    const codes = codeUnits(text, base, limit)
    const length = limit - base
    let index = 0
    while (index < length) {
      let code = codes[index]
      let kind = code < 128 ? ASCII[code] : classOf(code)
      if ((kind & WORD) === 0) {
        index++
        continue
      }
      const start = index
      const initial = kind & UPPER ? UPPER_INITIAL : kind & LOWERCASE ? LOWER : OTHER
      let hash = FNV_OFFSET
      let folded = code < 128 ? ASCII_WORD[code] : fold(code)
      while (true) {
        hash = Math.imul(hash ^ folded, FNV_PRIME)
        if (++index >= length) break
        // Letters and digits; `'` or `’` only before a letter.
        code = codes[index]
        if (code < 128) {
          folded = ASCII_WORD[code]
          if (folded !== 0) continue
        } else if (classOf(code) & WORD) {
          folded = fold(code)
          continue
        }
        if ((code === 39 || code === 0x2019) && index + 1 < length && classOf(codes[index + 1]) & LETTER) {
          folded = 39
          continue
        }
        break
      }
      if (count === capacity) {
        capacity *= 2
        starts = grow(starts, capacity)
        ends = grow(ends, capacity)
        hashes = grow(hashes, capacity)
        const wider = new Uint8Array(capacity)
        wider.set(initials)
        initials = wider
      }
      starts[count] = base + start
      ends[count] = base + index
      hashes[count] = hash
      initials[count] = initial
      count++
      // The character that ended the word is no letter or digit (or the end of the range): no word starts there.
      index++
    }
    base = limit
  }
  if (!reuse) return {count, starts, ends, hashes, initials}
  Object.assign(reuse, {count, starts, ends, hashes, initials})
  return reuse
}

/**
 * Where the window from `base` ends: `to`, or just after the last space or
 * line break within `window` units. No word, and no apostrophe's look at the
 * next character, reaches across such a character. A stretch with none is
 * scanned whole.
 */
function windowEnd(text: string, base: number, to: number, window: number): number {
  if (to - base <= window) return to
  const last = base + window - 1
  const cut = Math.max(text.lastIndexOf(' ', last), text.lastIndexOf('\n', last))
  if (cut >= base) return cut + 1
  const next = Math.min(indexOrEnd(text, ' ', last), indexOrEnd(text, '\n', last))
  return next >= to ? to : next + 1
}

function indexOrEnd(text: string, char: string, from: number): number {
  const index = text.indexOf(char, from)
  return index === -1 ? Infinity : index
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(capacity)
  wider.set(array)
  return wider
}

/** The hash `scanWords` gives `word` (which must be one word). */
export function hashWord(word: string): number {
  return hashRange(word, 0, word.length)
}

/** `hashWord` of `text.slice(start, end)`, without making the string (for loading word lists). */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ fold(text.charCodeAt(index)), FNV_PRIME)
  return hash
}

/** The lower-cased form of word `index` (`’` as `'`): for candidates, not the hot path. */
export function wordAt(text: string, tokens: WordTokens, index: number): string {
  let word = ''
  for (let offset = tokens.starts[index]; offset < tokens.ends[index]; offset++) word += String.fromCharCode(fold(text.charCodeAt(offset)))
  return word
}

/** Whether word `index` is `word` (lower-cased, `'` for apostrophes), without building a string. */
export function isWordAt(text: string, tokens: WordTokens, index: number, word: string): boolean {
  const start = tokens.starts[index]
  if (tokens.ends[index] - start !== word.length) return false
  for (let offset = 0; offset < word.length; offset++) if (fold(text.charCodeAt(start + offset)) !== word.charCodeAt(offset)) return false
  return true
}

/** The lower-cased words of a phrase, as `scanWords` sees them. */
export function phraseWords(phrase: string): string[] {
  const tokens = scanWords(phrase)
  return Array.from({length: tokens.count}, (_, index) => wordAt(phrase, tokens, index))
}

/** Words as strings with their offsets, for the data scripts (which run once, on corpora). */
export function tokenize(text: string): {starts: Int32Array; ends: Int32Array; lower: string[]} {
  const tokens = scanWords(text)
  const lower = Array.from({length: tokens.count}, (_, index) => wordAt(text, tokens, index))
  return {starts: tokens.starts, ends: tokens.ends, lower}
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

/**
 * A set of word pairs as a bit table of hashed (first, second) hashes: one
 * probe rejects almost every pair of a text with no string and no map
 * look-up. A set bit is only a candidate; callers verify. The table is sized
 * for about one set bit in sixteen (unless the caller asks for more bits per
 * pair) and kept small (at most 128 KB): the probes are random, and a table
 * that fell out of the CPU caches would cost more than the look-ups it saves.
 */
export class PairFilter {
  readonly #bits: Int32Array
  readonly #shift: number

  /**
   * `size`: about how many pairs will be added; `bitsPerPair`: table bits
   * per pair (more: fewer false candidates, a larger table).
   */
  constructor(size: number, bitsPerPair = 16) {
    const log = Math.min(20, Math.max(10, Math.ceil(Math.log2(size * bitsPerPair))))
    this.#bits = new Int32Array(1 << (log - 5))
    this.#shift = 32 - log
  }

  add(first: number, second: number): void {
    const key = (Math.imul(first, 0x9e3779b1) ^ second) >>> this.#shift
    this.#bits[key >>> 5] |= 1 << (key & 31)
  }

  has(first: number, second: number): boolean {
    return this.bit(first, second) !== 0
  }

  /** `has` as 1 or 0: a count of pairs adds it without a branch, which mispredicts when about half the pairs pass. */
  bit(first: number, second: number): number {
    const key = (Math.imul(first, 0x9e3779b1) ^ second) >>> this.#shift
    return (this.#bits[key >>> 5] >>> (key & 31)) & 1
  }

  /** Indexes of the words that start a candidate pair with the next word: the hot loop, kept tight. */
  candidates(tokens: WordTokens): number[] {
    const bits = this.#bits
    const shift = this.#shift
    const {count, hashes} = tokens
    const found: number[] = []
    let first = count > 0 ? Math.imul(hashes[0], 0x9e3779b1) : 0
    for (let i = 0; i + 1 < count; i++) {
      const second = hashes[i + 1]
      const key = (first ^ second) >>> shift
      if ((bits[key >>> 5] & (1 << (key & 31))) !== 0) found.push(i)
      first = Math.imul(second, 0x9e3779b1)
    }
    return found
  }
}
