/**
 * Looking for patterns that can only start at an unusual character: one
 * outside printable ASCII (non-ASCII, or a control character other than tab
 * and the line breaks). On English text a one-range scan for such characters
 * is several times faster than a pattern with large character classes
 * scanning for itself, and most positions it stops at (curly quotes, dashes)
 * fail the pattern at once. The positions are found once per document and
 * shared by the rules that ask (`mojibake`, `odd-characters`,
 * `invisible-characters`) — unless there are many (a text in another
 * script), when each call scans.
 */
import type {Doc} from '../../src/engine/doc.js'

const UNUSUAL = /[^\t\n\r\x20-\x7e]/g
/** At most one kept offset per this many characters (or `MIN_KEPT`): memory stays a fraction of the text's. */
const SPARSE = 16
const MIN_KEPT = 1024
const cache = new WeakMap<Doc, Int32Array | null>()

/**
 * Offsets of the document's unusual UTF-16 code units, in order (computed
 * once per document), or null when they are too many to keep.
 */
export function unusualOffsets(doc: Doc): Int32Array | null {
  let offsets = cache.get(doc)
  if (offsets === undefined) {
    const text = doc.text
    const limit = Math.max(MIN_KEPT, text.length / SPARSE)
    const found: number[] = []
    UNUSUAL.lastIndex = 0
    for (let match = UNUSUAL.exec(text); match && found.length <= limit; match = UNUSUAL.exec(text)) found.push(match.index)
    offsets = found.length > limit ? null : Int32Array.from(found)
    cache.set(doc, offsets)
  }
  return offsets
}

/**
 * The first match of `sticky` (a pattern with the `y` flag whose every match
 * starts with an unusual character) at or after `from`, or null.
 */
export function execAtUnusual(doc: Doc, sticky: RegExp, from = 0): RegExpExecArray | null {
  const text = doc.text
  const offsets = unusualOffsets(doc)
  if (offsets === null) {
    // Too many to stop at each: the pattern scans for itself, and its first match starts at one of them.
    const global = globalOf(sticky)
    global.lastIndex = from
    return global.exec(text)
  }
  for (let index = firstAtOrAfter(offsets, from); index < offsets.length; index++) {
    sticky.lastIndex = offsets[index]
    const match = sticky.exec(text)
    if (match) return match
  }
  return null
}

const distinct = new WeakMap<Doc, string>()

/**
 * Whether `sticky` matches anywhere in the document, for a pattern whose
 * match at a position depends only on the character there — an unusual
 * character of a class, maybe repeated. Such a pattern matches somewhere if
 * and only if it matches one of the document's distinct unusual characters
 * (most texts have a handful: curly quotes, dashes), so it is tried on those
 * rather than at every unusual offset.
 */
export function hasUnusual(doc: Doc, sticky: RegExp): boolean {
  const offsets = unusualOffsets(doc)
  if (offsets === null) return execAtUnusual(doc, sticky) !== null
  let characters = distinct.get(doc)
  if (characters === undefined) {
    const codes = new Set<number>()
    for (const offset of offsets) codes.add(doc.text.charCodeAt(offset))
    characters = [...codes].map((code) => String.fromCharCode(code)).join('')
    distinct.set(doc, characters)
  }
  const global = globalOf(sticky)
  global.lastIndex = 0
  return global.test(characters)
}

/** Global copies of the sticky patterns (the patterns are module constants of the rules). */
const globals = new WeakMap<RegExp, RegExp>()

function globalOf(sticky: RegExp): RegExp {
  let global = globals.get(sticky)
  if (!global) {
    global = new RegExp(sticky.source, sticky.flags.replace('y', '') + 'g')
    globals.set(sticky, global)
  }
  return global
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
