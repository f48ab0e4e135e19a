/**
 * stray-capital: a common word capitalised in mid-sentence, where a link's
 * text was spliced into the sentence ("accusing North Korea Provides
 * substantial aid", "earlier this year Without real opposition"). Built on
 * the truecasing table (`rules/data/truecase.tsv`, from the Brown corpus):
 * only words that edited English almost never capitalises outside a sentence
 * start are flagged, and names, titles and headlines are left alone (see
 * `lib/sentence-case.ts`).
 */
import {defineRule} from '../src/engine/rule.js'
import {reportCaseFindings} from './lib/sentence-case.js'

export default defineRule({
  meta: {
    id: 'stray-capital',
    category: 'link-artifact',
    description: 'Flag common words capitalised in mid-sentence, where link text was spliced in',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {},
  create: reportCaseFindings('stray', (finding) => `“${finding.word}” is capitalised in mid-sentence; use “${finding.expected}”`)
})
