/**
 * Looking for patterns that can only start at a non-ASCII character. On
 * English text a one-range scan for such characters is several times faster
 * than a pattern with large character classes scanning for itself, and most
 * positions it stops at (curly quotes, dashes) fail the pattern at once. The
 * positions are found once per document and shared by the rules that ask —
 * unless there are many (a text in another script), when each call scans.
 */
import type {Doc} from '../../src/engine/doc.js'

const NON_ASCII = /[^\x00-\x7f]/g
/** At most one kept offset per this many characters (or `MIN_KEPT`): memory stays a fraction of the text's. */
const SPARSE = 16
const MIN_KEPT = 1024
const cache = new WeakMap<Doc, Int32Array | null>()

/**
 * Offsets of the document's non-ASCII UTF-16 code units, in order (computed
 * once per document), or null when they are too many to keep.
 */
export function nonAsciiOffsets(doc: Doc): Int32Array | null {
  let offsets = cache.get(doc)
  if (offsets === undefined) {
    const text = doc.text
    const limit = Math.max(MIN_KEPT, text.length / SPARSE)
    const found: number[] = []
    NON_ASCII.lastIndex = 0
    for (let match = NON_ASCII.exec(text); match && found.length <= limit; match = NON_ASCII.exec(text)) found.push(match.index)
    offsets = found.length > limit ? null : Int32Array.from(found)
    cache.set(doc, offsets)
  }
  return offsets
}

/**
 * The first match of `sticky` (a pattern with the `y` flag whose every match
 * starts with a non-ASCII character) at or after `from`, or null.
 */
export function execAtNonAscii(doc: Doc, sticky: RegExp, from = 0): RegExpExecArray | null {
  const text = doc.text
  const offsets = nonAsciiOffsets(doc)
  if (offsets === null) {
    NON_ASCII.lastIndex = from
    for (let found = NON_ASCII.exec(text); found; found = NON_ASCII.exec(text)) {
      sticky.lastIndex = found.index
      const match = sticky.exec(text)
      if (match) return match
    }
    return null
  }
  for (let index = firstAtOrAfter(offsets, from); index < offsets.length; index++) {
    sticky.lastIndex = offsets[index]
    const match = sticky.exec(text)
    if (match) return match
  }
  return null
}

function firstAtOrAfter(offsets: Int32Array, from: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsets[middle] < from) low = middle + 1
    else high = middle
  }
  return low
}
