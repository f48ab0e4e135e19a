/**
 * repeated-words: "the the" — retext-repeated-words run inside the shared
 * scan under a stable rule id, with a fix that keeps the first occurrence.
 */
import retextRepeatedWords from 'retext-repeated-words'
import {retextRule} from '../src/engine/retext-plugin.js'

export default retextRule(retextRepeatedWords, undefined, {
  id: 'repeated-words',
  category: 'duplicate',
  description: 'Flag a word written twice in a row ("the the")',
  fix: 'safe',
  severity: 'warn',
  readOnly: true,
  // The same word twice with only white space between: the only thing the plugin reports.
  prefilter: /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s+\1(?![\p{L}\p{N}'’-])/iu,
  convert(report, _message, doc) {
    const actual = doc.text.slice(report.start, report.end)
    // Across a line break it is a heading followed by its first word, not a slip.
    if (/[\r\n]/.test(actual)) return undefined
    const first = actual.split(/\s+/)[0]
    return {...report, actual, message: `Repeated word “${first}”; remove one`, expected: [first], url: undefined}
  }
})
