/**
 * The quality score of a document, 0–100: findings per 1,000 words weighted
 * by category and severity, minus penalties for document-level signals used
 * by web-corpus quality filters (Gopher, C4, FineWeb). The formula is
 * documented in docs/score.md; keep the two in step.
 */
import {isWhiteSpace} from '../util/chars.js'
import {linesSharingSignature} from '../util/line-signature.js'
import type {Doc} from './doc.js'
import {isDirectiveMessage} from './directives.js'
import type {Category, ScrapelintMessage} from './types.js'

/** How much one finding of a category weighs: damage to meaning weighs more than typography. */
export const CATEGORY_WEIGHTS: Record<Category, number> = {
  encoding: 2,
  mt: 2,
  chrome: 1.5,
  markup: 1.5,
  'link-artifact': 1,
  sentence: 1,
  duplicate: 1,
  punctuation: 0.5,
  quotes: 0.5,
  whitespace: 0.25
}

/** An error (as configured) weighs twice a warning. */
export const SEVERITY_WEIGHTS = {1: 1, 2: 2} as const

/** Every `HALF_LIFE` weighted findings per 1,000 words halve the score. */
export const HALF_LIFE = 10

/** Densities are computed over at least this many words, so one slip in a short snippet is not a disaster. */
export const MIN_WORDS = 100

/** A signal costs nothing up to `tolerated`, then grows linearly to `max` points at `full`. */
export interface SignalRule {
  tolerated: number
  full: number
  max: number
}

export const SIGNAL_RULES = {
  /** Share of text lines that do not end in terminal punctuation (C4 / FineWeb line filters). */
  unterminatedLines: {tolerated: 0.25, full: 0.75, max: 20},
  /** Share of the characters of text lines in lines that repeat an earlier line (Gopher repetition filter). */
  duplicateLines: {tolerated: 0.05, full: 0.3, max: 20},
  /** Symbols (`#`, ellipses, bullets, `|`, `»`) per word (Gopher symbol-to-word ratio). */
  symbolRatio: {tolerated: 0.02, full: 0.1, max: 15}
} as const satisfies Record<string, SignalRule>

/** Line-based signals need a few lines to mean anything. */
export const MIN_LINES = 3

/** A line this long that does not end a sentence is taken as hard-wrapped prose, continued on the next line. */
export const WRAP_WIDTH = 40

export interface DocumentSignals {
  unterminatedLines: number
  duplicateLines: number
  symbolRatio: number
}

export interface QualityScore {
  score: number
  /** Weighted findings per 1,000 words. */
  density: number
  signals: DocumentSignals
  /** Points taken off by each signal. */
  penalties: DocumentSignals
}

const TERMINALS = '.!?…:'
/** May follow the terminal mark: closing quotes and brackets, a footnote star. */
const CLOSERS = `"'”’»)]*`
const MARKDOWN_STRUCTURE = /^\s{0,3}(#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>)/

export function scoreDocument(doc: Doc, messages: readonly ScrapelintMessage[], words: number): QualityScore {
  let weighted = 0
  for (const message of messages) {
    if (isDirectiveMessage(message)) continue
    weighted += (CATEGORY_WEIGHTS[message.category] ?? 1) * (SEVERITY_WEIGHTS[message.severity] ?? 1)
  }
  const density = (weighted / Math.max(words, MIN_WORDS)) * 1000
  const signals = documentSignals(doc, words)
  const penalties: DocumentSignals = {
    unterminatedLines: penalty(signals.unterminatedLines, SIGNAL_RULES.unterminatedLines),
    duplicateLines: penalty(signals.duplicateLines, SIGNAL_RULES.duplicateLines),
    symbolRatio: penalty(signals.symbolRatio, SIGNAL_RULES.symbolRatio)
  }
  const raw = 100 * 2 ** (-density / HALF_LIFE) - penalties.unterminatedLines - penalties.duplicateLines - penalties.symbolRatio
  return {score: Math.max(0, Math.min(100, Math.round(raw))), density: round(density), signals, penalties}
}

export function penalty(value: number, rule: SignalRule): number {
  if (value <= rule.tolerated) return 0
  return round(rule.max * Math.min(1, (value - rule.tolerated) / (rule.full - rule.tolerated)))
}

/**
 * The document-level signals. Text lines are the non-blank lines that are
 * prose: in Markdown, code, tables, headings, list items and quotes are
 * structure, not lines of running text; directive comments never count.
 * Hard-wrapped prose is read as the paragraphs it wraps: a text line without
 * terminal punctuation continues into the next text line when it is long
 * (`WRAP_WIDTH` or more) or the next one starts in lowercase.
 */
export function documentSignals(doc: Doc, words: number): DocumentSignals {
  let lines = 0
  let unterminated = 0
  let characters = 0
  let repeated = 0
  let symbols = 0
  let continued = false
  const all = doc.lines
  const kinds = lineKinds(doc)
  // The repeat key keeps a line's ASCII letters and digits, lower-cased and in order: only lines that share a signature need one.
  const mayRepeat = linesSharingSignature(doc.text, all, (index) => kinds[index] === TEXT)
  const seen = new Set<string>()
  // One search of the whole text rules out symbols in most documents.
  const hasSymbols = SYMBOLS.test(doc.text)
  for (const line of all) {
    const kind = kinds[line.index]
    if (kind === SKIP) continue
    if (hasSymbols) symbols += countSymbols(kind === STRUCTURE ? line.text.replace(MARKDOWN_STRUCTURE, '') : line.text)
    if (kind === STRUCTURE) continue
    const text = line.text.trim()
    if (!continued) lines++
    const terminated = isTerminated(text)
    const next = all[line.index + 1]
    continued = !terminated && next !== undefined && kinds[next.index] === TEXT && (text.length >= WRAP_WIDTH || /^\s*\p{Ll}/u.test(next.text))
    if (!terminated && !continued) unterminated++
    characters += text.length
    // A line whose signature no other text line has cannot repeat one, nor be repeated.
    if (mayRepeat[line.index] === 0) continue
    const key = collapseSpaces(text.toLowerCase())
    if (seen.has(key)) repeated += text.length
    else seen.add(key)
  }
  const enough = lines >= MIN_LINES
  return {
    unterminatedLines: enough ? round(unterminated / lines) : 0,
    duplicateLines: enough && characters > 0 ? round(repeated / characters) : 0,
    symbolRatio: words > 0 ? round(symbols / words) : 0
  }
}

/** Line kinds: nothing to measure, a line of running text, Markdown structure (whose symbols still count). */
const SKIP = 0
const TEXT = 1
const STRUCTURE = 2

function lineKinds(doc: Doc): Uint8Array {
  const kinds = new Uint8Array(doc.lines.length)
  for (const line of doc.lines) {
    const text = line.text.trim()
    if (!text || (text.startsWith('<!--') && text.endsWith('-->')) || doc.verbatimLines.has(line.index)) continue
    kinds[line.index] = doc.format === 'markdown' && MARKDOWN_STRUCTURE.test(line.text) ? STRUCTURE : TEXT
  }
  return kinds
}

/** Ends in `. ! ? … :` (then maybe closing quotes or brackets), or in a closing quotation mark. */
function isTerminated(text: string): boolean {
  const last = text[text.length - 1]
  if (last === '"' || last === '”') return true
  let end = text.length
  while (end > 0 && CLOSERS.includes(text[end - 1])) end--
  return end > 0 && TERMINALS.includes(text[end - 1])
}

/** Any symbol `countSymbols` counts. */
const SYMBOLS = /[#|…•·»›▸►→]|\.\.\./

/** Symbols in the line, as `/#|…|\.\.\.|[•·|»›▸►→]/g` would match them (three dots at a time), counted without building matches. */
function countSymbols(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 46) {
      if (text.charCodeAt(index + 1) === 46 && text.charCodeAt(index + 2) === 46) {
        count++
        index += 2
      }
    } else if (code === 35 || code === 124 || (code > 127 && SYMBOL_CODES.has(code))) count++
  }
  return count
}

/** The symbols beyond ASCII: `…`, bullets and arrows. */
const SYMBOL_CODES = new Set([...'…•·»›▸►→'].map((char) => char.charCodeAt(0)))

/**
 * Runs of white space and odd spaces as one space (the comparison form of a
 * line for repeats); a line with neither, most lines, is returned as it is.
 */
function collapseSpaces(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32 ? isWhiteSpace(text.charCodeAt(index + 1)) : isWhiteSpace(code)) return text.replace(ODD_SPACES, ' ')
  }
  return text
}

const ODD_SPACES = /\s\s+|[^\S ]/g


function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
