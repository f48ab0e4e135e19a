/**
 * tortured-collocation: tortured phrases that no list holds, found by their
 * mechanism — a spinner swaps one word of a fixed expression for a synonym
 * ("stock marketplace", "heart onslaught"). The data
 * (`rules/data/collocations.tsv`, built by scripts/build-collocations.ts)
 * maps synonym-swapped forms of established expressions, unseen in clean
 * English, to the expression; here each pair of adjacent words is looked up
 * once.
 */
import {defineRule} from '../src/engine/rule.js'
import {matchCase} from './lib/case.js'
import {readDataLines} from './lib/data-file.js'
import {wordTokens} from './lib/word-tokens.js'

interface Swap {
  original: string
  confidence: number
}

/** First word → second word → swap: most words miss on the first look-up, with no string built. */
let table: Map<string, Map<string, Swap>> | undefined

function swaps(): Map<string, Map<string, Swap>> {
  if (!table) {
    table = new Map()
    for (const line of readDataLines('collocations.tsv')) {
      const [variant, original, confidence] = line.split('\t')
      const [first, second] = variant.split(' ')
      let next = table.get(first)
      if (!next) table.set(first, (next = new Map()))
      next.set(second, {original, confidence: Number(confidence)})
    }
  }
  return table
}

export default defineRule({
  meta: {
    id: 'tortured-collocation',
    category: 'mt',
    description: 'Flag word pairs that look like a synonym-swapped fixed expression ("stock marketplace")',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {
    /** Report only swaps at least this confident (0–1). */
    minConfidence: 0.8
  },
  create({doc, options, report}) {
    const text = doc.text
    return {
      document() {
        const {starts, ends, lower} = wordTokens(doc)
        if (lower.length < 2) return
        const table = swaps()
        for (let i = 0; i + 1 < lower.length; i++) {
          const next = table.get(lower[i])
          if (!next) continue
          // Adjacent words with a single space between them, in running text.
          if (starts[i + 1] - ends[i] !== 1 || text.charCodeAt(ends[i]) !== 32) continue
          const swap = next.get(lower[i + 1])
          if (!swap || swap.confidence < options.minConfidence) continue
          // A capitalised second word is a name (`Polar Express`), and so is a capitalised first word inside a sentence.
          if (/^\p{Lu}/u.test(text[starts[i + 1]])) continue
          if (/^\p{Lu}/u.test(text[starts[i]]) && !/(^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, starts[i] - 4), starts[i]))) continue
          const start = starts[i]
          const end = ends[i + 1]
          const actual = text.slice(start, end)
          const expected = matchCase(actual, swap.original)
          report({
            start,
            end,
            message: `“${actual}” looks like a synonym-swapped “${expected}”; use “${expected}”`,
            expected: [expected],
            data: {confidence: swap.confidence}
          })
          i++
        }
      }
    }
  }
})
