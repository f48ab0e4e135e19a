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
import {hashWord, isWordAt, PairFilter, UPPER_INITIAL, wordTokens} from './lib/word-tokens.js'

interface Swap {
  /** The swapped pair as it appears in text (lower case). */
  first: string
  second: string
  original: string
  confidence: number
}

interface SwapTable {
  filter: PairFilter
  /** By `pairKey` of the swapped pair's word hashes. */
  swaps: Map<number, Swap>
}

const pairKey = (first: number, second: number) => Math.imul(first, 0x9e3779b1) ^ second

let table: SwapTable | undefined

/**
 * Data lines are grouped by expression: `expression, confidence, swapped
 * first words, swapped second words` (comma-separated), e.g.
 * `stock market	0.93	banal	marketplace,mart`.
 */
function swapTable(): SwapTable {
  if (!table) {
    const swaps = new Map<number, Swap>()
    const pairs: number[] = []
    const add = (first: string, second: string, original: string, confidence: number) => {
      const [a, b] = [hashWord(first), hashWord(second)]
      pairs.push(a, b)
      swaps.set(pairKey(a, b), {first, second, original, confidence})
    }
    for (const line of readDataLines('collocations.tsv')) {
      const [original, confidence, firsts, seconds] = line.split('\t')
      const space = original.indexOf(' ')
      const [first, second] = [original.slice(0, space), original.slice(space + 1)]
      const value = Number(confidence)
      if (firsts) for (const word of firsts.split(',')) add(word, second, original, value)
      if (seconds) for (const word of seconds.split(',')) add(first, word, original, value)
    }
    const filter = new PairFilter(swaps.size)
    for (let i = 0; i < pairs.length; i += 2) filter.add(pairs[i], pairs[i + 1])
    table = {filter, swaps}
  }
  return table
}

/** Text before a word that starts a sentence: nothing, a sentence end, or a line break. */
const SENTENCE_START = /(^|[.!?]["”’]?\s+|\n\s*)$/u

export default defineRule({
  meta: {
    id: 'tortured-collocation',
    category: 'mt',
    description: 'Flag word pairs that look like a synonym-swapped fixed expression ("stock marketplace")',
    fix: 'suggestion',
    // Off by default: on clean news prose it still mistakes ordinary pairs (`oil output`, `health concern`) for
    // swaps about once per 25,000 words; it runs in the `strict` preset.
    severity: 'off'
  },
  defaults: {
    /** Report only swaps at least this confident (0.6–0.95 in the data). */
    minConfidence: 0.6
  },
  create({doc, options, report}) {
    const text = doc.text
    return {
      document() {
        const tokens = wordTokens(doc)
        const {count, starts, ends, hashes, initials} = tokens
        if (count < 2) return
        const {filter, swaps} = swapTable()
        let after = 0
        for (const i of filter.candidates(tokens)) {
          if (i < after) continue
          // Adjacent words with a single space between them, in running text.
          if (starts[i + 1] - ends[i] !== 1 || text.charCodeAt(ends[i]) !== 32) continue
          const swap = swaps.get(pairKey(hashes[i], hashes[i + 1]))
          if (!swap || swap.confidence < options.minConfidence) continue
          if (!isWordAt(text, tokens, i, swap.first) || !isWordAt(text, tokens, i + 1, swap.second)) continue
          // A capitalised second word is a name (`Polar Express`), and so is a capitalised first word inside a sentence.
          if (initials[i + 1] === UPPER_INITIAL) continue
          if (initials[i] === UPPER_INITIAL && !SENTENCE_START.test(text.slice(Math.max(0, starts[i] - 4), starts[i]))) continue
          if (doc.isVerbatim(starts[i])) continue
          const start = starts[i]
          const end = ends[i + 1]
          const actual = text.slice(start, end)
          const expected = matchCase(actual, swap.original)
          report({
            start,
            end,
            message: `“${actual}” looks like a synonym-swapped “${expected}” (confidence ${swap.confidence}); use “${expected}”`,
            expected: [expected],
            data: {confidence: swap.confidence}
          })
          after = i + 2
        }
      }
    }
  }
})
