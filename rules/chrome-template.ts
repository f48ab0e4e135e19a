/**
 * chrome-template: a line that recurs in many of the files linted together —
 * the site's template (menus, footers, sign-up boxes, boilerplate about the
 * publisher), whatever its wording. Needs several files: the CLI counts lines
 * across all its inputs first; a single text (library, editor) has no corpus
 * and this rule stays silent. Lines inside the article (headings of a series)
 * and numbered headings ("Chapter 3") are not template.
 */
import {defineChromeRule, lineCount} from './lib/chrome/report.js'

export default defineChromeRule(
  {
    id: 'chrome-template',
    description: 'Flag lines that recur across many of the files linted together (site template)',
    fix: 'suggestion',
    severity: 'warn',
    usesCorpus: true
  },
  (block, corpus) => {
    const files = block.lines.map((item) => item.files)
    const low = Math.min(...files)
    const high = Math.max(...files)
    const range = high > low ? `${low}–${high}` : String(low)
    return `Site template: ${block.lines.length === 1 ? 'line' : 'lines'} found in ${range} of the ${corpus!.files} files; delete ${lineCount(block)}`
  }
)
