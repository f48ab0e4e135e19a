/**
 * Quotation marks and apostrophes of a document, classified once and shared
 * by `unbalanced-quotes` and `inconsistent-quotes`: which mark it is
 * (double quote, single quote, apostrophe, or a prime as in 5'11"), its
 * style (straight, curly, TeX ``…'') and, for quotes, whether it opens or
 * closes — from the mark itself when curly, from its neighbours when straight.
 */
import type {Doc} from '../../src/engine/doc.js'

export type Role = 'double' | 'single' | 'apostrophe' | 'prime'
export type Style = 'straight' | 'curly' | 'tex'
export type Direction = 'open' | 'close' | 'unknown'

export interface QuoteMark {
  start: number
  end: number
  text: string
  role: Role
  style: Style
  direction: Direction
}

/**
 * `` and '' (TeX), doubled curly singles standing for a double quote (‘‘ ’’),
 * curly and straight quotes; a lone ` only counts in a document that uses ``.
 */
const MARKS = /``|''|‘‘|’’|[“”„‟‘’'"`]/g
/** Without a `` in the text, '' is two apostrophes or primes, not a TeX quote. */
const MARKS_NO_TEX = /‘‘|’’|[“”„‟‘’'"]/g
/** A number, as in a measurement: 12", 5'11" or 12'' (the mark after it is a prime). */
const MEASURE = /(?:^|[\s(~≈x×-])\d+(?:[.,]\d+)?(?:['’]\d+(?:[.,]\d+)?)?'?$/
const LETTER = /[\p{L}\p{N}]/u
const DIGIT = /\p{N}/u
/** What may stand before an opening quote. */
const OPENS_AFTER = /[\s([{<—–\-/“‘„«]|^$/u
/** Words that begin with an elided letter: the mark before them is an apostrophe ('tis, 'em, '90s). */
const ELISIONS = /^(?:tis|twas|em|cause|cos|til|till|bout|round|n|s|nuff|ello|ere|im|er|ol|d|ll|re|ve)\b/i

/**
 * The marks that may be double quotes: the patterns above without their
 * one-character single marks. A pattern tries the same alternatives at each
 * offset, in the same order, and a single mark spans one character, so these
 * find exactly the double marks (and primes written `"`) the full patterns
 * find, without classifying the many apostrophes.
 */
const DOUBLE_MARKS = /``|''|‘‘|’’|[“”„‟"]/g
const DOUBLE_MARKS_NO_TEX = /‘‘|’’|[“”„‟"]/g

const cache = new WeakMap<Doc, QuoteMark[]>()
const doubleCache = new WeakMap<Doc, QuoteMark[]>()

export function quoteMarks(doc: Doc): QuoteMark[] {
  let marks = cache.get(doc)
  if (!marks) {
    marks = classify(doc.text, false)
    cache.set(doc, marks)
  }
  return marks
}

/** The marks of `quoteMarks` whose role is `double`, for a rule that needs no other. */
export function doubleQuoteMarks(doc: Doc): QuoteMark[] {
  let marks = doubleCache.get(doc) ?? cache.get(doc)?.filter((mark) => mark.role === 'double')
  if (!marks) {
    marks = classify(doc.text, true).filter((mark) => mark.role === 'double')
    doubleCache.set(doc, marks)
  }
  return marks
}

function classify(text: string, doublesOnly: boolean): QuoteMark[] {
  const marks: QuoteMark[] = []
  const tex = text.includes('``')
  const pattern = doublesOnly ? (tex ? DOUBLE_MARKS : DOUBLE_MARKS_NO_TEX) : tex ? MARKS : MARKS_NO_TEX
  for (const match of text.matchAll(pattern)) {
    const mark = match[0]
    const start = match.index
    const end = start + mark.length
    const before = charBefore(text, start)
    const after = charAfter(text, end)
    const add = (role: Role, style: Style, direction: Direction) => marks.push({start, end, text: mark, role, style, direction})
    switch (mark) {
      case '``':
        add('double', 'tex', 'open')
        break
      case "''":
        add('double', 'tex', 'close')
        break
      case '`':
        if (LETTER.test(after)) add('single', 'tex', 'open')
        break
      case '‘‘':
        add('double', 'curly', 'open')
        break
      case '’’':
        add('double', 'curly', 'close')
        break
      case '“':
      case '„':
      case '‟':
        add('double', 'curly', 'open')
        break
      case '”':
        add('double', 'curly', 'close')
        break
      case '"':
        if (DIGIT.test(before) && isMeasure(text, start) && !LETTER.test(after)) add('prime', 'straight', 'unknown')
        else add('double', 'straight', straightDirection(before, after))
        break
      case '‘':
        add(...singleRole(text, start, end, 'curly'))
        break
      case '’':
      case "'":
        add(...singleRole(text, start, end, mark === "'" ? 'straight' : 'curly'))
        break
    }
  }
  return marks
}

function charBefore(text: string, offset: number): string {
  if (offset === 0) return ''
  const low = text.charCodeAt(offset - 1)
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? text.slice(offset - 2, offset) : text[offset - 1]
}

function charAfter(text: string, offset: number): string {
  return offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : ''
}

function isMeasure(text: string, offset: number): boolean {
  return MEASURE.test(text.slice(Math.max(0, offset - 16), offset))
}

function straightDirection(before: string, after: string): Direction {
  const spaceBefore = OPENS_AFTER.test(before)
  const spaceAfter = after === '' || /[\s.,;:!?)\]}—–-]/u.test(after)
  if (spaceBefore && !spaceAfter) return 'open'
  if (!spaceBefore && spaceAfter) return 'close'
  return 'unknown'
}

/**
 * A single mark: an apostrophe inside a word (don't, o'clock), before a
 * number or an elided word ('90s, 'em), or after a plural's s (students');
 * a prime after a digit (5'11"); otherwise an opening or closing single quote.
 */
function singleRole(text: string, start: number, end: number, style: Style): [Role, Style, Direction] {
  const before = charBefore(text, start)
  const after = charAfter(text, end)
  const letterBefore = LETTER.test(before)
  const letterAfter = LETTER.test(after)
  if ((DIGIT.test(before) || before === "'") && isMeasure(text, start) && !/\p{L}/u.test(after)) return ['prime', style, 'unknown']
  if (letterBefore && letterAfter) return ['apostrophe', style, 'unknown']
  if (!letterBefore && letterAfter) {
    if (DIGIT.test(after) && /^\d\d(?:s\b|\b)/.test(text.slice(end, end + 3))) return ['apostrophe', style, 'unknown']
    if (ELISIONS.test(text.slice(end, end + 6)) && OPENS_AFTER.test(before)) return ['apostrophe', style, 'unknown']
    return ['single', style, 'open']
  }
  // students' / the Joneses' — a possessive; indistinguishable from a closing quote except by pairing.
  if (letterBefore && /s/i.test(before)) return ['apostrophe', style, 'close']
  if (letterBefore || /[.,;:!?)\]…—-]/u.test(before)) return ['single', style, 'close']
  return ['single', style, 'unknown']
}
