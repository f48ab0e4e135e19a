import {Buffer} from 'node:buffer'
import {isAscii} from '../../src/util/chars.js'

/**
 * A word list as text: lines `key` or `key<TAB>value`, sorted by key in
 * code-unit order, looked up by binary search. Reading one takes a scan for
 * line breaks; a `Map` or an object of ~100,000 entries took a fifth of a
 * second to build and tens of MB of heap in every process and corpus worker.
 */
export class SortedLines {
  readonly #text: string
  /** Where each line starts, then the text's length plus one (one past the last line's end). */
  readonly #starts: Int32Array

  constructor(text: string) {
    this.#text = text
    let count = text === '' ? 0 : 1
    for (let index = text.indexOf('\n'); index !== -1 && index + 1 < text.length; index = text.indexOf('\n', index + 1)) count++
    const starts = new Int32Array(count + 1)
    let line = 1
    for (let index = text.indexOf('\n'); index !== -1 && index + 1 < text.length; index = text.indexOf('\n', index + 1)) starts[line++] = index + 1
    // A final line break ends the last line; without one the text's end does.
    starts[count] = text.endsWith('\n') ? text.length : text.length + 1
    this.#starts = starts
  }

  get size(): number {
    return this.#starts.length - 1
  }

  /** The value of `key`'s line ('' for a line without a tab), or undefined when no line has that key. */
  get(key: string): string | undefined {
    const text = this.#text
    const starts = this.#starts
    let low = 0
    let high = starts.length - 2
    while (low <= high) {
      const middle = (low + high) >>> 1
      const start = starts[middle]
      const end = starts[middle + 1] - 1
      const order = compareKey(text, start, end, key)
      if (order === 0) return start + key.length >= end ? '' : text.slice(start + key.length + 1, end)
      if (order < 0) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }
}

/** The order of the key of the line [start, end) (up to a tab) against `key`, by code units. */
function compareKey(text: string, start: number, end: number, key: string): number {
  for (let offset = 0; ; offset++) {
    const at = start + offset
    const lineKeyEnded = at >= end || text.charCodeAt(at) === 9
    if (offset === key.length) return lineKeyEnded ? 0 : 1
    if (lineKeyEnded) return -1
    const code = text.charCodeAt(at)
    const other = key.charCodeAt(offset)
    if (code !== other) return code < other ? -1 : 1
  }
}

/** Keys in the order `SortedLines` searches (code units, not locale). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The line between the two parts of a `WordLines` file. */
const PART_MARK = '\u0000'
/** Part of the names of the files written by `joinWordLines`: a file of another format is never read as this one. */
export const WORD_LINES_FORMAT = 'wl1'

/**
 * Sorted `key[<TAB>value]` lines (values ASCII) as a `WordLines` file: the
 * lines with ASCII keys, a line holding only NUL, then the others.
 */
export function joinWordLines(lines: readonly string[]): string {
  const ascii: string[] = []
  const other: string[] = []
  for (const line of lines) {
    const tab = line.indexOf('\t')
    if (tab !== -1 && !isAscii(line.slice(tab + 1))) throw new Error(`word lines: a value outside ASCII: ${JSON.stringify(line)}`)
    ;(isAscii(tab === -1 ? line : line.slice(0, tab)) ? ascii : other).push(line)
  }
  return [...ascii, PART_MARK, ...other].join('\n')
}

/**
 * A word list written by `joinWordLines`. The ASCII part, almost all of
 * it, is decoded as Latin-1: a one-byte string, where UTF-8 decoding of the
 * whole file made one two-byte string on the slow path because of a single
 * accented word (~16 ms for a 1.2 MB dictionary table, most of its load).
 */
export class WordLines {
  readonly #ascii: SortedLines
  readonly #other: SortedLines

  constructor(bytes: Uint8Array) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    // No key holds a NUL: the first one is the line between the parts.
    const mark = buffer[0] === 0 ? 0 : buffer.indexOf('\n\u0000') + 1
    if (mark === 0 && buffer[0] !== 0) throw new Error('word lines: the line between the parts is missing')
    this.#ascii = new SortedLines(buffer.toString('latin1', 0, Math.max(0, mark - 1)))
    this.#other = new SortedLines(buffer.toString('utf8', mark + 2))
  }

  get size(): number {
    return this.#ascii.size + this.#other.size
  }

  get(key: string): string | undefined {
    return isAscii(key) ? this.#ascii.get(key) : this.#other.get(key)
  }
}
