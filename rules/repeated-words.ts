/**
 * repeated-words: "the the" — retext-repeated-words run inside the shared
 * scan under a stable rule id, with a fix that keeps the first occurrence.
 */
import retextRepeatedWords from 'retext-repeated-words'
import type {Block, Doc} from '../src/engine/doc.js'
import {retextRule} from '../src/engine/retext-plugin.js'
import {lastIndexWhere} from '../src/util/bisect.js'
import {wordTokens} from './lib/word-tokens.js'

/** White space, possibly after a word's trailing apostrophe or a hyphen: what may separate a repeat. */
const SEPARATOR = /^['’-]*\s+$/

/**
 * Whether the block holds a word (or a two-part hyphenated word) written
 * twice with white space between — a superset of what the plugin reports,
 * answered from the words the mt rules scan anyway, by hash comparison.
 */
function hasRepeat(block: Block, doc: Doc): boolean {
  const words = wordTokens(doc)
  const {starts, ends, hashes, count} = words
  const text = doc.text
  const first = lastIndexWhere(count, (index) => starts[index] < block.start) + 1
  for (let index = first; index + 1 < count && starts[index + 1] < block.end; index++) {
    if (hashes[index] === hashes[index + 1] && SEPARATOR.test(text.slice(ends[index], starts[index + 1]))) return true
    // `well-known well-known`
    if (
      index + 3 < count &&
      hashes[index] === hashes[index + 2] &&
      hashes[index + 1] === hashes[index + 3] &&
      text.charCodeAt(ends[index]) === 45 &&
      SEPARATOR.test(text.slice(ends[index + 1], starts[index + 2]))
    ) {
      return true
    }
  }
  return false
}

/**
 * The plugin's own exemptions (`ignore` in retext-repeated-words 5.0.0, which
 * does not export it): words that may legally come twice, and capitalised
 * words (names: "Duran Duran") or initials ("D. D.").
 */
export const LEGAL_DOUBLES = new Set(['had', 'that', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau'])

function exempt(value: string): boolean {
  if (LEGAL_DOUBLES.has(value.toLowerCase())) return true
  const head = value.charAt(0)
  if (head !== head.toUpperCase()) return false
  if (value.length === 2 && value.charAt(1) === '.') return true
  const tail = value.slice(1)
  return tail === tail.toLowerCase()
}

/** parse-latin's white space (`whiteSpace` in its expressions), beyond ASCII. */
const WIDE_WHITE_SPACE = /[\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

function isParserWhiteSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 0x85 && WIDE_WHITE_SPACE.test(String.fromCharCode(code)))
}

/** Whether two ASCII characters differ in lower case (characters beyond ASCII are not told apart). */
const differInAscii = (a: number, b: number) => a < 128 && b < 128 && (a >= 65 && a <= 90 ? a + 32 : a) !== (b >= 65 && b <= 90 ? b + 32 : b)

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Whether the plugin can report anything in `text` (one block): a superset
 * test on the raw text. The plugin reports a word node, a white-space node
 * and a word node in a row whose words are equal in lower case, unless the
 * second is exempt. Such a white-space node is a maximal run of the parser's
 * white space, and the two words are the `L` characters before and after it
 * for some `L`; every `L` that does not cut a run of ASCII letters and digits
 * is tried. Lower-casing keeps lengths, except for `İ`: a block with one is
 * passed on.
 */
function mayReport(text: string): boolean {
  if (text.includes('\u0130')) return true
  let index = 0
  while (index < text.length) {
    // The next run of white space, [start, end), and the runs of other characters around it.
    const before = index
    while (index < text.length && !isParserWhiteSpace(text.charCodeAt(index))) index++
    const start = index
    while (index < text.length && isParserWhiteSpace(text.charCodeAt(index))) index++
    const end = index
    if (start === before || end === text.length) continue
    let after = end
    while (after < text.length && !isParserWhiteSpace(text.charCodeAt(after))) after++
    for (let length = 1; length <= start - before && length <= after - end; length++) {
      // Strings equal in lower case start with characters equal in lower case.
      if (differInAscii(text.charCodeAt(start - length), text.charCodeAt(end))) continue
      // A word node never ends between two ASCII letters or digits (the parser's word characters include them).
      if (length < start - before && isAsciiAlphanumeric(text.charCodeAt(start - length - 1)) && isAsciiAlphanumeric(text.charCodeAt(start - length))) continue
      if (length < after - end && isAsciiAlphanumeric(text.charCodeAt(end + length - 1)) && isAsciiAlphanumeric(text.charCodeAt(end + length))) continue
      const second = text.slice(end, end + length)
      if (text.slice(start - length, start).toLowerCase() === second.toLowerCase() && !exempt(second)) return true
    }
  }
  return false
}

export default retextRule(retextRepeatedWords, undefined, {
  id: 'repeated-words',
  category: 'duplicate',
  description: 'Flag a word written twice in a row ("the the")',
  fix: 'safe',
  severity: 'warn',
  readOnly: true,
  // The same word twice with only white space between: the only thing the plugin reports. The rare block with
  // such a pair is checked again on its raw text, which rules out the plugin's exemptions ("had had") without a parse.
  prefilter: (block, doc) => hasRepeat(block, doc) && mayReport(block.text),
  convert(report, _message, doc) {
    const actual = doc.text.slice(report.start, report.end)
    // Across a line break it is a heading followed by its first word, not a slip.
    if (/[\r\n]/.test(actual)) return undefined
    const first = actual.split(/\s+/)[0]
    return {...report, actual, message: `Repeated word “${first}”; remove one`, expected: [first], url: undefined}
  }
})
