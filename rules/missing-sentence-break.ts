/**
 * missing-sentence-break: two sentences run together where a link or a
 * paragraph boundary was lost ("the Kremlin said Russian It was the first
 * visit", "aid Observers have raised concerns"): a capitalised pronoun or
 * determiner, or a capitalised noun followed by its verb, in mid-sentence
 * after a word that can end a sentence. Shares its analysis with
 * `stray-capital` (`lib/sentence-case.ts`), so a capital is reported by one
 * of the two only.
 */
import {defineRule} from '../src/engine/rule.js'
import {reportCaseFindings} from './lib/sentence-case.js'

export default defineRule({
  meta: {
    id: 'missing-sentence-break',
    category: 'sentence',
    description: 'Flag sentences run together where a sentence end was lost',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {},
  create: reportCaseFindings('break', (finding) => `A new sentence starts at “${finding.word}” without the previous one ending; end it with a period`)
})
