/**
 * tortured-phrase: known "tortured phrases" — established terms mangled by
 * synonym-swapping spinners or machine translation ("counterfeit
 * consciousness" for "artificial intelligence"), from the Problematic Paper
 * Screener list and a news list, matched in one pass over the words.
 */
import {defineRule} from '../src/engine/rule.js'
import {torturedLexicon, type TorturedEntry} from './lib/tortured-lexicon.js'
import {wordTokens} from './lib/word-tokens.js'
import {matchCase} from './lib/case.js'

/** A phrase never runs across a sentence end, a clause break or a line break. */
const STOP = /[.!?;:\n\r"“”]/

export default defineRule({
  meta: {
    id: 'tortured-phrase',
    category: 'mt',
    description: 'Flag known tortured phrases (spun or machine-translated forms of established terms)',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {
    /** Use the Problematic Paper Screener list (mostly scientific terms). */
    screener: true,
    /** Use scrapelint's list of tortured phrases seen in news copies. */
    news: true
  },
  create({doc, options, report}) {
    const sources: Array<TorturedEntry['source']> = []
    if (options.news) sources.push('news')
    if (options.screener) sources.push('screener')
    const text = doc.text

    return {
      document() {
        if (sources.length === 0) return
        const tokens = wordTokens(doc)
        const lexicon = torturedLexicon(sources)
        const candidates = lexicon.candidates(tokens)
        const taken: Array<[number, number]> = []
        for (const [source, index] of lexicon.indexes) {
          for (const match of index.matches(text, tokens, STOP, candidates)) {
            const start = tokens.starts[match.first]
            const end = tokens.ends[match.last - 1]
            const {exact, correct} = match.value
            if (exact && !exact.every((word, i) => text.slice(tokens.starts[match.first + i], tokens.ends[match.first + i]) === word)) continue
            if (taken.some(([from, to]) => start < to && from < end) || doc.isVerbatim(start)) continue
            taken.push([start, end])
            const actual = text.slice(start, end)
            const expected = exact ? correct : correct.map((phrase) => matchCase(actual, phrase))
            report({
              start,
              end,
              message: `“${actual}” is a tortured phrase; use “${expected[0]}”`,
              expected,
              data: {source}
            })
          }
        }
      }
    }
  }
})
