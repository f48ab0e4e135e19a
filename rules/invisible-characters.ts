/**
 * invisible-characters: no-break spaces, zero-width characters, soft hyphens,
 * a BOM inside the text, stray bidi marks and control characters — all
 * invisible leftovers of HTML (`&nbsp;`, `&shy;`) or of broken encoders.
 * Characters inside mojibake (including C1 controls that stand for
 * Windows-1252 punctuation) are left to the `mojibake` rule.
 */
import {defineRule} from '../src/engine/rule.js'
import {insideMojibake} from './lib/mojibake.js'
import {execAtUnusual, hasUnusual} from './lib/non-ascii.js'

interface Kind {
  name: string
  /** What the character stands for when removed: a space, a line break, or nothing. */
  becomes: 'space' | 'line' | 'nothing'
}

const KINDS = new Map<number, Kind>([
  [0x00a0, {name: 'no-break space', becomes: 'space'}],
  [0x202f, {name: 'narrow no-break space', becomes: 'space'}],
  [0x2007, {name: 'figure space', becomes: 'space'}],
  [0x200b, {name: 'zero-width space', becomes: 'nothing'}],
  [0x200c, {name: 'zero-width non-joiner', becomes: 'nothing'}],
  [0x200d, {name: 'zero-width joiner', becomes: 'nothing'}],
  [0x2060, {name: 'word joiner', becomes: 'nothing'}],
  [0x180e, {name: 'Mongolian vowel separator', becomes: 'nothing'}],
  [0xfeff, {name: 'byte order mark', becomes: 'nothing'}],
  [0x00ad, {name: 'soft hyphen', becomes: 'nothing'}],
  [0x000b, {name: 'vertical tab', becomes: 'line'}],
  [0x000c, {name: 'form feed', becomes: 'line'}],
  [0x0085, {name: 'next-line control', becomes: 'line'}],
  [0x2028, {name: 'line separator', becomes: 'line'}],
  [0x2029, {name: 'paragraph separator', becomes: 'line'}],
  [0x200e, {name: 'left-to-right mark', becomes: 'nothing'}],
  [0x200f, {name: 'right-to-left mark', becomes: 'nothing'}],
  [0x061c, {name: 'Arabic letter mark', becomes: 'nothing'}]
])

const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/
const JOINERS = /[\u200c\u200d]/
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/
/**
 * Runs of the characters above. None is printable ASCII, so the pattern is
 * tried only where an unusual character stands (`execAtUnusual`, whose
 * positions `mojibake` and `odd-characters` share), and only if one of them
 * is among the text's distinct unusual characters (`hasUnusual`).
 */
const CANDIDATES =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u180e\u2007\u200b-\u200f\u2028\u2029\u202a-\u202f\u2060\u2066-\u2069\ufeff]+/y
/** Joiners are meaningful inside emoji sequences and in scripts that shape letters. */
const JOINED_CONTEXT = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Oriya}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Thai}\p{Script=Lao}\p{Script=Tibetan}]/u

function kindOf(code: number): Kind {
  const known = KINDS.get(code)
  if (known) return known
  if (code >= 0x202a && code <= 0x202e) return {name: 'bidi embedding control', becomes: 'nothing'}
  if (code >= 0x2066 && code <= 0x2069) return {name: 'bidi isolate control', becomes: 'nothing'}
  if (code >= 0x80 && code <= 0x9f) return {name: 'C1 control character', becomes: 'nothing'}
  return {name: 'control character', becomes: 'nothing'}
}

function codePoint(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0')
}

export default defineRule({
  meta: {
    id: 'invisible-characters',
    category: 'whitespace',
    description: 'Flag no-break spaces, zero-width characters, soft hyphens, stray BOMs and control characters',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        const text = doc.text
        // Most texts have none of these characters: proved on their distinct unusual characters.
        if (!hasUnusual(doc, CANDIDATES)) return
        for (let match = execAtUnusual(doc, CANDIDATES); match; match = execAtUnusual(doc, CANDIDATES, match.index + match[0].length)) {
          const start = match.index
          const run = match[0]
          // Split the run where characters are legitimate in their context.
          let pieceStart = -1
          const flush = (end: number) => {
            if (pieceStart !== -1) reportRun(pieceStart, end)
            pieceStart = -1
          }
          for (let index = 0; index < run.length; index++) {
            const offset = start + index
            // Inside mojibake ("Ã" + U+00A0 for "à") the character is part of what `mojibake` repairs.
            if (isLegitimate(text, offset, start, start + run.length) || insideMojibake(doc, offset)) flush(offset)
            else if (pieceStart === -1) pieceStart = offset
          }
          flush(start + run.length)
        }

        function reportRun(start: number, end: number) {
          const counts = new Map<string, {code: number; count: number}>()
          let becomes: Kind['becomes'] = 'nothing'
          for (let offset = start; offset < end; offset++) {
            const code = text.charCodeAt(offset)
            const kind = kindOf(code)
            const entry = counts.get(kind.name) ?? {code, count: 0}
            entry.count++
            counts.set(kind.name, entry)
            if (kind.becomes === 'line') becomes = 'line'
            else if (kind.becomes === 'space' && becomes === 'nothing') becomes = 'space'
          }
          const before = start > 0 ? text[start - 1] : '\n'
          const after = end < text.length ? text[end] : '\n'
          let replacement = ''
          if (becomes === 'line' && before !== '\n' && before !== '\r' && after !== '\n' && after !== '\r') replacement = '\n'
          if (becomes === 'space' && !/\s/.test(before) && !/\s/.test(after)) replacement = ' '
          const names = [...counts].map(([name, {code, count}]) => `${name} (${codePoint(code)})${count > 1 ? ' ×' + count : ''}`)
          const what = replacement === ' ' ? 'use a normal space' : replacement === '\n' ? 'use a line break' : 'remove it'
          const list = names.join(', ')
          report({
            start,
            end,
            message: `${list[0].toUpperCase()}${list.slice(1)}; ${what}`,
            expected: [replacement]
          })
        }
      }
    }
  }
})

/** Joiners inside emoji or shaping scripts, and bidi marks in lines with right-to-left text, are kept. */
function isLegitimate(text: string, offset: number, runStart: number, runEnd: number): boolean {
  const char = text[offset]
  if (JOINERS.test(char)) {
    const before = text.codePointAt(runStart - 1 >= 0 && isLowSurrogate(text.charCodeAt(runStart - 1)) ? runStart - 2 : runStart - 1)
    const after = text.codePointAt(runEnd)
    return (before !== undefined && JOINED_CONTEXT.test(String.fromCodePoint(before))) ||
      (after !== undefined && JOINED_CONTEXT.test(String.fromCodePoint(after)))
  }
  if (BIDI.test(char)) {
    const lineStart = Math.max(text.lastIndexOf('\n', offset) + 1, 0)
    let lineEnd = text.indexOf('\n', offset)
    if (lineEnd === -1) lineEnd = text.length
    return RTL_LETTER.test(text.slice(lineStart, lineEnd))
  }
  return false
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
