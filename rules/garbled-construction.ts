/**
 * garbled-construction: word sequences that edited English never produces
 * but machine translation and spliced text do — coordinated modals with a
 * dangling negation ("can and should not challenge", "doesn't and
 * shouldn't."), adverbs piled on "more" ("more definitely develop", "more
 * better"), and two articles or an article and a preposition side by side
 * ("the a report", "the of"). Identical doubles ("the the") are left to
 * `repeated-words`.
 */
import {defineRule} from '../src/engine/rule.js'
import type {Doc} from '../src/engine/doc.js'
import type {Report} from '../src/engine/types.js'
import {hashWord, PairFilter, wordTokens} from './lib/word-tokens.js'

const MODALS = 'can could will would shall should must may might do does did'.split(' ')
const UNGRADABLE = 'definitely absolutely actually really totally utterly literally basically undoubtedly very quite extremely'.split(' ')
const COMPARATIVES = (
  'better worse bigger easier faster larger smaller higher lower greater stronger harder cheaper safer richer poorer ' +
  'older younger newer happier healthier wider deeper quicker slower simpler clearer'
).split(' ')
const ARTICLES = ['the', 'an', 'a']
const AFTER_ARTICLE = [...ARTICLES, 'of', 'to', 'for', 'with', 'from', 'at', 'by']

/** `can and should not` / `can and shouldn't`: the first modal positive, the second negated. */
const MIXED_MODALS = new RegExp(`\\b(${MODALS.join('|')}) +(and|or) +(${MODALS.join('|')})(?: +(not)\\b|(n't|n’t)\\b)`, 'iy')
/** `doesn't and shouldn't.`: both negated, do-support then a modal, and no verb before the sentence ends. */
const DANGLING_NEGATIONS = /\b(do|does|did)(?:n['’]t| not) +and +(?:can|could|will|would|should|must|wo)(?:n['’]t| not)(?= *[.!?"”)]|$)/iy
/** `more` before an adverb that cannot be graded (`most definitely` is idiom), or `more`/`most` before a comparative. */
const PILED_COMPARISON = new RegExp(`\\b(?:(more) +(${UNGRADABLE.join('|')})|(more|most) +(${COMPARATIVES.join('|')}))\\b`, 'iy')
/** Two articles, or an article and a preposition, with no word between them. */
const ARTICLE_SPLICE = new RegExp(`\\b(${ARTICLES.join('|')}) +(${AFTER_ARTICLE.join('|')})\\b(?![-'’])`, 'iy')

/**
 * The word pairs each pattern starts with. The patterns are tried (as
 * sticky expressions) only where the text's words form one of these pairs,
 * found by one probe per word instead of a scan of the whole text.
 */
const PATTERNS: Array<[RegExp, Array<[string[], string[]]>]> = [
  [MIXED_MODALS, [[MODALS, ['and', 'or']]]],
  [DANGLING_NEGATIONS, [[['do', 'does', 'did'], ['not']], [["don't", "doesn't", "didn't"], ['and']]]],
  [PILED_COMPARISON, [[['more'], UNGRADABLE], [['more', 'most'], COMPARATIVES]]],
  [ARTICLE_SPLICE, [[ARTICLES, AFTER_ARTICLE]]]
]
/** Sparse (a few KB): each false candidate costs a map look-up, and at the default density one word pair in 30 was one. */
const pairFilter = new PairFilter(PATTERNS.flatMap(([, pairs]) => pairs).reduce((sum, [firsts, seconds]) => sum + firsts.length * seconds.length, 0), 256)
/** Pattern numbers (bits) by `pairKey`. */
const pairPatterns = new Map<number, number>()
const pairKey = (first: number, second: number) => Math.imul(first, 0x9e3779b1) ^ second
PATTERNS.forEach(([, pairs], pattern) => {
  for (const [firsts, seconds] of pairs) {
    for (const first of firsts) {
      for (const second of seconds) {
        const [a, b] = [hashWord(first), hashWord(second)]
        pairFilter.add(a, b)
        pairPatterns.set(pairKey(a, b), (pairPatterns.get(pairKey(a, b)) ?? 0) | (1 << pattern))
      }
    }
  }
})

const NEGATIVE_SUBJECT = /\b(no one|nobody|none|nothing|neither|never|no)\b[^.!?]*$/i
/** "what we can and cannot do" contrasts the two; only a plain clause is garbled. */
const CONTRAST_BEFORE = /\b(what|which|whatever|things|how|where|when)\b\W+(?:\w+\W+){0,3}$/i

const NEGATED: Record<string, [string, string]> = {
  can: ['cannot', "can't"],
  could: ['could not', "couldn't"],
  will: ['will not', "won't"],
  would: ['would not', "wouldn't"],
  shall: ['shall not', "shan't"],
  should: ['should not', "shouldn't"],
  must: ['must not', "mustn't"],
  may: ['may not', 'may not'],
  might: ['might not', "mightn't"],
  do: ['do not', "don't"],
  does: ['does not', "doesn't"],
  did: ['did not', "didn't"]
}

export default defineRule({
  meta: {
    id: 'garbled-construction',
    category: 'mt',
    description: 'Flag garbled constructions: mixed-polarity modals, piled-up comparatives, spliced articles',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {
    /** `can and should not challenge`, `doesn't and shouldn't.` */
    modals: true,
    /** `more definitely develop`, `more better`. */
    comparatives: true,
    /** `the a report`, `the of`. */
    articles: true
  },
  create({doc, options, report}) {
    const text = doc.text
    const prose = (offset: number) => doc.verbatimLines.size === 0 || !doc.verbatimLines.has(doc.lineAt(offset).index)
    const say = (finding: Report) => {
      if (prose(finding.start)) report(finding)
    }
    /** The sentence so far, back to the last sentence end or line break (at most 200 characters). */
    const before = (offset: number) => {
      const window = text.slice(Math.max(0, offset - 200), offset)
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('? '), window.lastIndexOf('! '))
      return window.slice(cut + 1)
    }

    return {
      document() {
        const found = findPatterns(doc)
        if (options.modals) {
          for (const match of found[0]) {
            const [whole, first, conjunction, second, spaced, contracted] = match
            if (first.toLowerCase() === second.toLowerCase()) continue
            const start = match.index
            const context = before(start)
            if (CONTRAST_BEFORE.test(context)) continue
            const negativeSubject = NEGATIVE_SUBJECT.test(context)
            const firstNegated = NEGATED[first.toLowerCase()][contracted ? 1 : 0]
            const expected = negativeSubject
              ? [`${first} or ${second}`]
              : [`${matchFirst(first, firstNegated)} ${conjunction} ${second}${spaced ? ' not' : contracted}`]
            say({
              start,
              end: start + whole.length,
              message: negativeSubject
                ? `“${whole}” negates only the second verb after a negative subject; use “${expected[0]}”`
                : `“${whole}” negates only the second verb; negate both (“${expected[0]}”) or rephrase`,
              expected,
              data: {kind: 'mixed-modals'}
            })
          }
          for (const match of found[1]) {
            say({
              start: match.index,
              end: match.index + match[0].length,
              message: `“${match[0]}” ends without a verb; name what is (not) done`,
              data: {kind: 'dangling-negation'}
            })
          }
        }

        if (options.comparatives) {
          for (const match of found[2]) {
            const whole = match[0]
            const degree = match[1] ?? match[3]
            const word = match[2] ?? match[4]
            const comparative = match[4] !== undefined
            say({
              start: match.index,
              end: match.index + whole.length,
              message: comparative
                ? `“${whole}” compares twice; use “${word}”`
                : `“${whole}”: “${word}” cannot be graded; drop “${degree}”`,
              expected: [degree === degree.toUpperCase() ? word.toUpperCase() : /^\p{Lu}/u.test(degree) ? word[0].toUpperCase() + word.slice(1) : word],
              data: {kind: comparative ? 'double-comparative' : 'piled-adverb'}
            })
          }
        }

        if (options.articles) {
          for (const match of found[3]) {
            const [whole, article, next] = match
            if (article.toLowerCase() === next.toLowerCase()) continue
            // `The A-Team`, `a A`: a capital second word is a name or a letter.
            if (/^\p{Lu}/u.test(next) && next !== next.toLowerCase() && !/^\p{Lu}+$/u.test(article)) continue
            if (/^(a|an)$/i.test(next) && /^\p{Lu}/u.test(next)) continue
            // `Lane A of`: a capital `A` inside a sentence is a letter, not an article.
            if (article === 'A' && /[\p{L}\p{N},] +$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) continue
            const start = match.index
            // `1-a by`: a letter in a code or a compound.
            if (start > 0 && /[-\p{L}\p{N}]/u.test(text[start - 1])) continue
            if (namesAWord(text, start, start + whole.length, article, next)) continue
            const secondIsArticle = /^(the|an|a)$/i.test(next)
            const keepSecond = matchFirst(article, next)
            say({
              start,
              end: start + whole.length,
              message: secondIsArticle ? `Two articles, “${whole}”; keep one` : `Article “${article}” before “${next}”; a word is missing or the article is stray`,
              expected: secondIsArticle ? [keepSecond, article] : [keepSecond],
              data: {kind: 'article-splice'}
            })
          }
        }
      }
    }
  }
})

/** Nouns that follow a word quoted as a term: "the for loop", "the with statement", "the at command". */
const MENTION_NOUN = /^ +(?:loops?|statements?|keywords?|commands?|clauses?|operators?|functions?|methods?|blocks?|expressions?|tags?|attributes?|options?|flags?|directives?|parameters?|arguments?|variables?|fields?|propert(?:y|ies)|types?|class(?:es)?|modules?|words?|prepositions?|constructs?|syntax|forms?|keys?|buttons?|elements?|prefix(?:es)?|suffix(?:es)?|symbols?|characters?|letters?|columns?|values?|imports?|lines?)\b|^ +_/i
/** Before a letter used as a name: "the variable a by 2", "this sets a to 0". */
const NAMING_BEFORE = /\b(?:variables?|var|let|sets?|named|called|letters?|parameters?|arguments?)\s+$/i

/**
 * A splice that is no splice: the preposition is a word talked about ("the for loop", "a from __future__
 * import"), the article is a name ("the a.x attribute", "sets a to 0"), or the idiom "by the by".
 */
function namesAWord(text: string, start: number, end: number, article: string, next: string): boolean {
  if (MENTION_NOUN.test(text.slice(end, end + 16))) return true
  if (text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? '')) return true
  if (article.toLowerCase() === 'a' && NAMING_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true
  return article.toLowerCase() === 'the' && next.toLowerCase() === 'by' && /\bby $/i.test(text.slice(Math.max(0, start - 3), start)) && !/\p{L}/u.test(text.slice(end).trimStart()[0] ?? '')
}

/**
 * Matches of each pattern, left to right and not overlapping (as a global
 * scan would give), tried only where a word pair can start one.
 */
function findPatterns(doc: Doc): RegExpExecArray[][] {
  const tokens = wordTokens(doc)
  const {starts, hashes} = tokens
  const found: RegExpExecArray[][] = PATTERNS.map(() => [])
  const ends = PATTERNS.map(() => 0)
  for (const i of pairFilter.candidates(tokens)) {
    const patterns = pairPatterns.get(pairKey(hashes[i], hashes[i + 1])) ?? 0
    PATTERNS.forEach(([pattern], number) => {
      if ((patterns & (1 << number)) === 0 || starts[i] < ends[number]) return
      pattern.lastIndex = starts[i]
      const match = pattern.exec(doc.text)
      if (match) {
        found[number].push(match)
        ends[number] = match.index + match[0].length
      }
    })
  }
  return found
}

/** `replacement` with the capitalisation of `original`'s first letter. */
function matchFirst(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement
}
