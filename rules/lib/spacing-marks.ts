/**
 * Where spaces and clause marks meet oddly: a space before another space or
 * before `, . ; : ! ?`, and a clause mark `, ; : .` before another, directly
 * or one space apart. `irregular-spacing` and `doubled-punctuation` examine
 * only these positions. Prose has spaces and marks everywhere, so finding
 * them costs a pass over the text; one pass serves both rules, and on clean
 * prose it finds almost nothing.
 */
import type {Doc} from '../../src/engine/doc.js'

const MEETING = / [ ,.;:!?]|[,;:.] ?[,;:.]/g
const cache = new WeakMap<Doc, Int32Array>()

/**
 * Every offset, in order, at which `MEETING` matches (computed once per
 * document), except inside a run of spaces or of dots, which is listed at
 * its first character (and at its last, if that meets something). Each
 * search restarts just after the previous match's start, so overlapping
 * meetings (` ,,`) are all found, and past such a run, so column-aligned
 * text and dot leaders (`Contents ........ 5`) cost one search per run.
 */
export function spacingMarkOffsets(doc: Doc): Int32Array {
  let offsets = cache.get(doc)
  if (!offsets) {
    const text = doc.text
    const found: number[] = []
    MEETING.lastIndex = 0
    for (let match = MEETING.exec(text); match; match = MEETING.exec(text)) {
      const index = match.index
      found.push(index)
      const code = text.charCodeAt(index)
      let next = index + 1
      if ((code === 0x20 || code === 0x2e) && text.charCodeAt(next) === code) while (text.charCodeAt(next + 1) === code) next++
      MEETING.lastIndex = next
    }
    offsets = Int32Array.from(found)
    cache.set(doc, offsets)
  }
  return offsets
}
