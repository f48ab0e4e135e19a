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
 * document): each search restarts just after the previous match's start, so
 * overlapping meetings (` ,,`) are all found.
 */
export function spacingMarkOffsets(doc: Doc): Int32Array {
  let offsets = cache.get(doc)
  if (!offsets) {
    const text = doc.text
    const found: number[] = []
    MEETING.lastIndex = 0
    for (let match = MEETING.exec(text); match; match = MEETING.exec(text)) {
      found.push(match.index)
      MEETING.lastIndex = match.index + 1
    }
    offsets = Int32Array.from(found)
    cache.set(doc, offsets)
  }
  return offsets
}
