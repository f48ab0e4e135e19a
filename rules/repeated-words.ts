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

export default retextRule(retextRepeatedWords, undefined, {
  id: 'repeated-words',
  category: 'duplicate',
  description: 'Flag a word written twice in a row ("the the")',
  fix: 'safe',
  severity: 'warn',
  readOnly: true,
  // The same word twice with only white space between: the only thing the plugin reports.
  prefilter: hasRepeat,
  convert(report, _message, doc) {
    const actual = doc.text.slice(report.start, report.end)
    // Across a line break it is a heading followed by its first word, not a slip.
    if (/[\r\n]/.test(actual)) return undefined
    const first = actual.split(/\s+/)[0]
    return {...report, actual, message: `Repeated word “${first}”; remove one`, expected: [first], url: undefined}
  }
})
