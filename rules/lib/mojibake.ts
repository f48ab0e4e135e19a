/**
 * Finding mojibake — UTF-8 text decoded through a legacy single-byte code
 * page, once or several times — and repairing it, in the manner of
 * python-ftfy: encode suspicious characters back through each code page,
 * decode the bytes as UTF-8 where they form valid sequences, keep the page
 * whose sequences carry the most evidence (`mojibake-evidence.ts`), and
 * repeat layer by layer until nothing decodes any more.
 *
 * Work happens only around a cheap pre-check (a lead character directly
 * followed by a continuation character, a C1 control, or a lost byte), in a
 * window of the line around it. Results are computed once per document and
 * shared: the `mojibake` rule reports them, `invisible-characters` and
 * `odd-characters` leave the characters inside them alone.
 */
import type {Doc} from '../../src/engine/doc.js'
import {codePages, windows1252Char, type CodePage} from './codepages.js'
import {evidence, STRONG, UNKNOWN, WEAK} from './mojibake-evidence.js'
import {execAtUnusual, unusualOffsets} from './non-ascii.js'

export interface MojibakeSpan {
  /** Document offsets of the damaged text. */
  start: number
  end: number
  /** The repaired text ('' when it cannot be repaired). */
  repaired: string
  /** The code page of each layer of mis-decoding, innermost first. */
  encodings: string[]
  /**
   * `decoded`: UTF-8 re-decoded; `c1`: C1 controls standing for Windows-1252
   * characters; `lossy`: a byte was lost, the repair is a guess or impossible.
   */
  kind: 'decoded' | 'c1' | 'lossy'
  /** The repair round-trips and leaves no trace of damage: a safe fix. */
  certain: boolean
}

/** A character of the text being repaired, with the document range it stands for. */
interface Unit {
  text: string
  from: number
  to: number
  /** Code pages this character was decoded through, innermost first (one per layer). */
  layers: string[]
  kind?: MojibakeSpan['kind']
}

interface Candidate {
  first: number
  /** Unit index past the sequence. */
  last: number
  decoded: string
  restored: boolean
  score: number
}

const MAX_LAYERS = 4
/** Lines longer than this are examined in windows around each suspicious spot. */
const WINDOW = 300

let precheck: RegExp | undefined

/** Characters that stand for UTF-8 lead bytes or continuation bytes in some code page. */
function precheckPattern(): RegExp {
  if (precheck) return precheck
  const leads = new Set<string>()
  const continuations = new Set<string>()
  for (const page of codePages()) {
    for (const [char, byte] of page.encode) {
      if (byte >= 0xc2 && byte <= 0xf4) leads.add(char)
      if (byte >= 0x80 && byte <= 0xbf) continuations.add(char)
    }
  }
  // All of them are in the BMP, so the pattern needs no `u` flag (which would make it slower).
  const set = (chars: Set<string>) => [...chars].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
  precheck = new RegExp(`[${set(leads)}][${set(continuations)}\\ufffd]|[\\u0080-\\u009f]|[ÃÂ] `, 'y')
  return precheck
}



const cache = new WeakMap<Doc, MojibakeSpan[]>()

/** Every mojibake span of the document, in order (computed once per document). */
export function mojibakeSpans(doc: Doc): MojibakeSpan[] {
  let spans = cache.get(doc)
  if (!spans) {
    spans = scan(doc)
    cache.set(doc, spans)
  }
  return spans
}

/** Whether the character at `offset` belongs to a mojibake span. */
export function insideMojibake(doc: Doc, offset: number): boolean {
  const spans = mojibakeSpans(doc)
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (spans[middle].end <= offset) low = middle + 1
    else if (spans[middle].start > offset) high = middle - 1
    else return true
  }
  return false
}

function scan(doc: Doc): MojibakeSpan[] {
  const text = doc.text
  const spans: MojibakeSpan[] = []
  let position = 0
  let windowEnd = -1
  // Every precheck match starts with a non-ASCII character: it is tried only where an unusual
  // character stands, and a printable ASCII text never builds the code-page tables.
  if (unusualOffsets(doc)?.length === 0) return spans
  const pattern = precheckPattern()
  for (let match = execAtUnusual(doc, pattern); match; match = execAtUnusual(doc, pattern, position)) {
    position = match.index + match[0].length
    if (match.index < windowEnd) continue
    const line = doc.lineAt(match.index)
    if (doc.verbatimLines.has(line.index)) {
      position = line.next
      continue
    }
    let start = line.start
    let end = line.end
    if (end - start > 2 * WINDOW) {
      start = Math.max(line.start, wordStart(text, match.index - WINDOW))
      end = Math.min(line.end, wordEnd(text, match.index + WINDOW))
    }
    // Later hits inside the window belong to it.
    windowEnd = end
    for (const span of repairSegment(text, start, end)) spans.push(span)
    position = Math.max(position, end)
  }
  return spans
}

function wordStart(text: string, offset: number): number {
  const space = text.lastIndexOf(' ', offset)
  return space === -1 ? 0 : space + 1
}

function wordEnd(text: string, offset: number): number {
  const space = text.indexOf(' ', offset)
  return space === -1 ? text.length : space
}

/** Repair `text[start, end)` and return what changed. */
function repairSegment(text: string, start: number, end: number): MojibakeSpan[] {
  let units: Unit[] = []
  for (let offset = start; offset < end; ) {
    const char = String.fromCodePoint(text.codePointAt(offset)!)
    units.push({text: char, from: offset, to: offset + char.length, layers: []})
    offset += char.length
  }
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const next = decodeLayer(units)
    if (!next) break
    units = next
  }
  units = fixC1(units)
  markLossy(units)
  return collect(text, units)
}

/** One layer: the code page whose sequences carry the most evidence, applied; `undefined` if none qualifies. */
function decodeLayer(units: Unit[]): Unit[] | undefined {
  let best: {page: CodePage; candidates: Candidate[]; total: number} | undefined
  for (const page of codePages()) {
    const candidates = findCandidates(units, page)
    if (candidates.length === 0) continue
    score(units, candidates, page)
    const accepted = candidates.filter((candidate) => candidate.score >= WEAK)
    const total = accepted.reduce((sum, candidate) => sum + candidate.score, 0)
    if (total < threshold(units, candidates, page)) continue
    if (!best || total > best.total) best = {page, candidates: accepted, total}
  }
  if (!best) return undefined
  const result: Unit[] = []
  let index = 0
  for (const candidate of best.candidates) {
    while (index < candidate.first) result.push(units[index++])
    const first = units[candidate.first]
    const last = units[candidate.last - 1]
    const deepest = units.slice(candidate.first, candidate.last).reduce((a, b) => (b.layers.length > a.layers.length ? b : a))
    const layers = [...deepest.layers, best.page.name]
    result.push({text: candidate.decoded, from: first.from, to: last.to, layers, kind: 'decoded'})
    index = candidate.last
  }
  while (index < units.length) result.push(units[index++])
  return result
}

/**
 * What the sequences of a page must add up to. A common page needs one fair
 * sequence, a rare one two; either needs more when the segment also holds
 * non-ASCII text that decoded correctly (a lone sequence there is more
 * likely real text than a mis-decoding).
 */
function threshold(units: Unit[], candidates: Candidate[], page: CodePage): number {
  let base = page.common ? 2 : STRONG
  let covered = 0
  let intact = false
  for (const candidate of candidates) {
    for (let index = covered; index < candidate.first && !intact; index++) intact = isIntact(units[index])
    covered = candidate.last
  }
  for (let index = covered; index < units.length && !intact; index++) intact = isIntact(units[index])
  if (intact) base++
  return base
}

/** Non-ASCII text as it stood in the input, not a product of an earlier layer. */
function isIntact(unit: Unit): boolean {
  return unit.layers.length === 0 && unit.text.codePointAt(0)! >= 0xa0 && unit.text !== '\ufffd'
}

const LEAD_LENGTH = (byte: number): number => (byte >= 0xc2 && byte <= 0xdf ? 1 : byte >= 0xe0 && byte <= 0xef ? 2 : byte >= 0xf0 && byte <= 0xf4 ? 3 : 0)

function byteOf(unit: Unit, page: CodePage): number {
  const code = unit.text.codePointAt(0)!
  if (code < 0x80) return code
  return page.encode.get(unit.text) ?? -1
}

/** Valid UTF-8 sequences in the page's bytes of `units` (CESU-8 surrogate pairs included). */
function findCandidates(units: Unit[], page: CodePage): Candidate[] {
  const bytes = units.map((unit) => byteOf(unit, page))
  const candidates: Candidate[] = []
  const windows1252 = page.name === 'Windows-1252'
  for (let index = 0; index < units.length; index++) {
    const lead = bytes[index]
    const needed = LEAD_LENGTH(lead)
    if (needed === 0) continue
    // "voilÃ le", "saidÂ hello": a space stands where the no-break space byte 0xA0 was.
    const restored = windows1252 && units[index + 1]?.text === ' ' ? restoredSpace(units, index) : undefined
    if (restored) {
      // With a second space after it, the first one was the byte itself; otherwise both collapsed into one.
      const last = units[index + 2]?.text === ' ' ? index + 2 : index + 1
      candidates.push({first: index, last, decoded: restored, restored: true, score: 0})
      index = last - 1
      continue
    }
    const sequence = [lead]
    for (let offset = 1; offset <= needed; offset++) {
      const byte = bytes[index + offset]
      if (byte === undefined || byte < 0x80 || byte > 0xbf) break
      sequence.push(byte)
    }
    if (sequence.length !== needed + 1) continue
    let decoded = decodeUtf8(sequence)
    let last = index + needed + 1
    if (decoded === undefined && lead === 0xed) {
      const pair = surrogatePair(bytes, index)
      if (pair) {
        decoded = pair
        last = index + 6
      }
    }
    if (decoded === undefined) continue
    candidates.push({first: index, last, decoded, restored: false, score: 0})
    index = last - 1
  }
  return candidates
}

/**
 * What `Ã` or `Â` before a space decodes to when the space stood for the
 * byte 0xA0: `à` ending a lower-case word or standing alone before one
 * ("voilÃ le", "relatifs Ã l’", "jusqu'Ã nos"), a no-break space glued to
 * the end of a word ("saidÂ hello").
 */
function restoredSpace(units: Unit[], index: number): string | undefined {
  const before = units[index - 1]?.text ?? ''
  const after = units[index + 2]?.text ?? ''
  if (units[index].text === 'Â') return /[\p{Ll}.,;:!?)”’]/u.test(before) ? '\u00a0' : undefined
  if (units[index].text !== 'Ã') return undefined
  if (/\p{Ll}/u.test(before)) return 'à'
  return ['', ' ', "'", '’'].includes(before) && /\p{Ll}/u.test(after) ? 'à' : undefined
}

function decodeUtf8(bytes: number[]): string | undefined {
  const [lead, ...rest] = bytes
  let code = bytes.length === 2 ? lead & 0x1f : bytes.length === 3 ? lead & 0x0f : lead & 0x07
  for (const byte of rest) code = (code << 6) | (byte & 0x3f)
  const minimum = bytes.length === 2 ? 0x80 : bytes.length === 3 ? 0x800 : 0x10000
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  return String.fromCodePoint(code)
}

/** Two three-byte surrogates (CESU-8, "í\xa0½í¸\x8d") that together make one astral character. */
function surrogatePair(bytes: number[], index: number): string | undefined {
  const slice = bytes.slice(index, index + 6)
  if (slice.length < 6 || slice[0] !== 0xed || slice[3] !== 0xed) return undefined
  if (!slice.every((byte, offset) => offset === 0 || offset === 3 || (byte >= 0x80 && byte <= 0xbf))) return undefined
  const high = 0xd000 | ((slice[1] & 0x3f) << 6) | (slice[2] & 0x3f)
  const low = 0xd000 | ((slice[4] & 0x3f) << 6) | (slice[5] & 0x3f)
  if (high < 0xd800 || high > 0xdbff || low < 0xdc00 || low > 0xdfff) return undefined
  return String.fromCharCode(high, low)
}

function score(units: Unit[], candidates: Candidate[], page: CodePage): void {
  const windows1252 = page.name === 'Windows-1252'
  candidates.forEach((candidate, position) => {
    const previous = candidates[position - 1]
    const next = candidates[position + 1]
    // An undecoded neighbour the page could encode may be mojibake itself: it says nothing.
    const known = (unit: Unit | undefined) => (!unit ? '' : unit.text.charCodeAt(0) < 0x80 || unit.layers.length > 0 || !page.encode.has(unit.text) ? unit.text : UNKNOWN)
    const adjacent = previous !== undefined && previous.last === candidate.first
    const before = adjacent ? lastChar(previous.decoded) : known(units[candidate.first - 1])
    const beforeBefore = known(units[adjacent ? previous.first - 1 : candidate.first - 2])
    const after = next && next.first === candidate.last ? next.decoded : known(units[candidate.last])
    const source = units.slice(candidate.first, candidate.last).map((unit) => unit.text).join('')
    candidate.score = evidence({source, decoded: candidate.decoded, before, after, beforeBefore, restored: candidate.restored, windows1252})
  })
}

function lastChar(text: string): string {
  return Array.from(text).at(-1) ?? ''
}

/** C1 controls left over stand for Windows-1252 punctuation read as Latin-1 ("parlé\x85" → "parlé…"). */
function fixC1(units: Unit[]): Unit[] {
  return units.map((unit) => {
    const replacement = unit.layers.length === 0 ? windows1252Char(unit.text.charCodeAt(0)) : undefined
    return replacement ? {...unit, text: replacement, layers: ['Latin-1'], kind: 'c1'} : unit
  })
}

/**
 * Sequences that lost a byte: "â€" whose third byte (most often the 0x9D of
 * `”`, which Windows-1252 leaves unassigned) was dropped or turned into
 * U+FFFD, and any lead character directly followed by U+FFFD.
 */
function markLossy(units: Unit[]): void {
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]
    if (unit.layers.length > 0) continue
    const next = units[index + 1]
    if (unit.text === 'â' && next?.text === '€' && next.layers.length === 0) {
      const third = units[index + 2]
      const replaced = third?.text === '\ufffd' && third.layers.length === 0
      // Followed by a letter or digit, the sequence is not a lost quote mark.
      if (third && !replaced && !/[\s\p{P}]/u.test(third.text)) continue
      const end = index + (replaced ? 3 : 2)
      units.splice(index, end - index, {text: '”', from: unit.from, to: units[end - 1].to, layers: ['Windows-1252'], kind: 'lossy'})
      continue
    }
    if (next?.text === '\ufffd' && next.layers.length === 0 && LEAD_LENGTH(codePages()[0].encode.get(unit.text) ?? 0) > 0) {
      units.splice(index, 2, {text: '', from: unit.from, to: next.to, layers: ['Windows-1252'], kind: 'lossy'})
    }
  }
}

/** Runs of changed units with touching document ranges, as spans. */
function collect(text: string, units: Unit[]): MojibakeSpan[] {
  const spans: MojibakeSpan[] = []
  let current: MojibakeSpan | undefined
  for (const unit of units) {
    if (!unit.kind) {
      current = undefined
      continue
    }
    if (current && current.end === unit.from && current.kind === unit.kind) {
      current.end = unit.to
      current.repaired += unit.text
      if (unit.layers.length > current.encodings.length) current.encodings = [...unit.layers]
      continue
    }
    current = {start: unit.from, end: unit.to, repaired: unit.text, encodings: [...unit.layers], kind: unit.kind, certain: unit.kind !== 'lossy'}
    spans.push(current)
  }
  return spans.filter((span) => span.repaired !== text.slice(span.start, span.end))
}
