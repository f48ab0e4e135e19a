/**
 * Deleting whole lines without leaving a pile of blank lines: the range that
 * removes lines `first`…`last` (0-based, inclusive) and, when they form a
 * paragraph of their own, the blank-line separator after them — so the text
 * around closes up with the separation it had. At the end of the text the
 * lines go with the line break before them.
 */
import type {Doc} from '../../src/engine/doc.js'
import {isWhiteSpace} from '../../src/util/chars.js'

/** Whether `text` is empty or white space only (what `trim` removes), without making a string. */
export function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isWhiteSpace(text.charCodeAt(index))) return false
  return true
}


export function lineDeletionRange(doc: Doc, first: number, last: number): [number, number] {
  const lines = doc.lines
  const blankBefore = first === 0 || isBlank(lines[first - 1].text)
  const blankAfter = last === lines.length - 1 || isBlank(lines[last + 1].text)
  let next = last + 1
  if (blankBefore && blankAfter) while (next < lines.length && isBlank(lines[next].text)) next++
  if (next < lines.length) return [lines[first].start, lines[next].start]
  // Nothing follows: take the line break (and blank lines) before the deleted lines instead.
  let previous = first - 1
  while (previous >= 0 && isBlank(lines[previous].text)) previous--
  return previous >= 0 ? [lines[previous].end, lines[last].end] : [lines[first].start, lines[last].end]
}

/** Whether line `index` stands alone: blank lines (or the text's edges) before and after it. */
export function standsAlone(doc: Doc, index: number): boolean {
  const lines = doc.lines
  return (index === 0 || isBlank(lines[index - 1].text)) && (index === lines.length - 1 || isBlank(lines[index + 1].text))
}
