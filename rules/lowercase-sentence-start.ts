/**
 * lowercase-sentence-start: a sentence that starts with a lower-case word
 * after a period ("…since 2000. this week…"). Not after abbreviations
 * (`e.g.`, `U.S.`, `etc.`, `No.`, `vs.`, initials), not for words lower-case
 * by design (`iPhone`, `eBay`), code, paths and domains, numbered list items
 * or ellipses.
 */
import {defineRule} from '../src/engine/rule.js'
import {reportCaseFindings} from './lib/sentence-case.js'

export default defineRule({
  meta: {
    id: 'lowercase-sentence-start',
    category: 'sentence',
    description: 'Flag sentences that start with a lower-case word',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {},
  create: reportCaseFindings('lower', (finding) => `Sentence starts with lower-case “${finding.word}”; capitalise it`)
})
