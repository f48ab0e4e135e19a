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
import type {Report} from '../src/engine/types.js'

const MODAL = 'can|could|will|would|shall|should|must|may|might|do|does|did'
/** `can and should not` / `can and shouldn't`: the first modal positive, the second negated. */
const MIXED_MODALS = new RegExp(`\\b(${MODAL}) +(and|or) +(${MODAL})(?: +(not)\\b|(n't|n’t)\\b)`, 'gi')
/** `doesn't and shouldn't.`: both negated, do-support then a modal, and no verb before the sentence ends. */
const DANGLING_NEGATIONS = /\b(do|does|did)(?:n['’]t| not) +and +(?:can|could|will|would|should|must|wo)(?:n['’]t| not)(?= *[.!?"”)]|$)/gi
/** `more` before an adverb that cannot be graded (`most definitely` is idiom), or `more`/`most` before a comparative. */
const PILED_COMPARISON =
  /\b(?:(more) +(definitely|absolutely|actually|really|totally|utterly|literally|basically|undoubtedly|very|quite|extremely)|(more|most) +(better|worse|bigger|easier|faster|larger|smaller|higher|lower|greater|stronger|harder|cheaper|safer|richer|poorer|older|younger|newer|happier|healthier|wider|deeper|quicker|slower|simpler|clearer))\b/gi
/** Two articles, or an article and a preposition, with no word between them. */
const ARTICLE_SPLICE = /\b(the|an|a) +(the|an|a|of|to|for|with|from|at|by)\b(?![-'’])/gi

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
        if (options.modals) {
          for (const match of text.matchAll(MIXED_MODALS)) {
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
          for (const match of text.matchAll(DANGLING_NEGATIONS)) {
            say({
              start: match.index,
              end: match.index + match[0].length,
              message: `“${match[0]}” ends without a verb; name what is (not) done`,
              data: {kind: 'dangling-negation'}
            })
          }
        }

        if (options.comparatives) {
          for (const match of text.matchAll(PILED_COMPARISON)) {
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
          for (const match of text.matchAll(ARTICLE_SPLICE)) {
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

/** `replacement` with the capitalisation of `original`'s first letter. */
function matchFirst(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement
}
