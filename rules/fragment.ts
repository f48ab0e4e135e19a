/**
 * fragment: pieces of text that are not sentences, left in running prose
 * where a scraper lost a link or a spinner cut one: an orphan function word
 * on a line of its own ("in"), an orphaned link anchor — a bare noun phrase
 * closed with a period between sentences ("New military satellite
 * program.") — and a verbless piece with link text spliced in mid-sentence
 * ("$50 billion in debt For a war-torn country.").
 *
 * Lines are scanned as raw text and cut into sentences; only short sentences
 * that a cheap test singles out are tagged (Brill's tagger, `pos`), and a
 * sentence is a fragment only when the tagger finds no verb and no word could
 * be one where it stands. Headlines (no final period), list items, captions
 * with a preposition, datelines, salutations and one-word replies are never
 * candidates.
 */
import {defineRule} from '../src/engine/rule.js'
import type {Doc} from '../src/engine/doc.js'
import type {Report} from '../src/engine/types.js'
import {isBlank, lineDeletionRange, standsAlone} from './lib/line-deletion.js'
import {possibleTags, tagText, type TaggedWord} from './lib/pos-tagger.js'
import {lineWords} from './lib/line-words.js'

/** Function words that never make a line on their own. */
const ORPHANS = new Set('in on at of to for with by from into onto about as the a an and or but nor'.split(' '))
/** A sentence end followed by the start of the next sentence (plain character classes: this runs on every line). */
const SENTENCE_BREAK = /[.!?]+["'”’)\]]*\s+(?=["“‘(]?[A-Z0-9$£€\u00c0-\u00de])/g
/** Words before a period that do not end a sentence. */
const ABBREVIATION = /(?:^|[\s(-])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|No|Nos|vs|etc|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[\p{L}](?:\.[\p{L}])*)\.$/iu
const LIST_ITEM = /^\s*(?:[-*+•·▪‣◦–—]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s/i
/** A capitalised function word inside a sentence: spliced link text ("debt For a war-torn country"). */
const CAPITAL_FUNCTION_WORD = /\s(?:For|In|Of|To|At|On|With|By|From|Into|A|An|The|And|Or|But|Its|Their|His|Her)\s/
/** The same, searched from a given offset (`lastIndex`). */
const CAPITAL_FUNCTION_WORD_FROM = new RegExp(CAPITAL_FUNCTION_WORD.source, 'g')
/** A short sentence (no comma, no quote) between two others: where an orphaned anchor would be. */
const SHORT_MIDDLE_SENTENCE = /[.!?]["'”’)]*\s+[A-Z$][^.!?"“”,;:]{8,100}\.\s+["“‘(]?[A-Z]/
/** Lower-case words that show a clause (or at least not a bare noun phrase). */
const CLAUSE_WORDS = new Set(
  (
    'of in on at to for with by from into onto about as than like over under after before since until while because if when where who which that ' +
    'what whose whom how why not no yes is are was were be been being am has have had do does did can could will would shall should may might must ' +
    'i you he she it we they me him us them this these those here there now then so too very just only also even still yet again'
  ).split(' ')
)
/** A past form or an -ing form ("floated", "seated", "passing"): the lexicon has it as a verb. */
const VERB_SIGN = /^\p{Ll}[\p{Ll}-]{2,}(?:ed|ing)$|^(?:he|she|it|that|there|here|what|who)['’]s$/iu
/**
 * `VERB_SIGN.test(word)`, with the pattern run only on words ending as it
 * needs: `ed`, `ing` or `’s`, in either case (`ſ` folds to `s` under `iu`).
 */
function mayBeVerbSign(word: string): boolean {
  const last = word.charCodeAt(word.length - 1)
  return (last === 100 || last === 68 || last === 103 || last === 71 || last === 115 || last === 83 || last === 0x17f) && VERB_SIGN.test(word)
}
const COMMON_VERBS = new Set(
  (
    'is are was were be been am has have had do does did can could will would shall should may might must ' +
    'said says say came comes come went goes go made makes make took takes take gave gives give got gets get ' +
    'knew knows know saw sees see thought thinks think told tells tell became becomes become left leaves felt feels ' +
    'seemed seems seem stood stands sat sits ran runs kept keeps held holds brought brings began begins'
  ).split(' ')
)
const NOUN_PHRASE_TAGS = new Set(['DT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'PRP$', 'POS', '$'])
const FUNCTION_TAGS = new Set(['IN', 'DT', 'CC', 'TO', 'PRP$'])
const NOUN = /^NN/
/** Longest candidate sentence, in characters (12 words and some). */
const MAX_CANDIDATE = 120
/** What ends an orphaned anchor: a lower-case word and its period. */
const ANCHOR_END = /\s\p{Ll}[\p{L}-]*\.$/u
/** A contracted verb: `isn't`, `we're`. */
const CONTRACTION = /\p{L}(?:n['’]t|['’](?:re|ve|ll|m|d))\b/iu
const QUOTE_OR_BRACKET = /["“”‘’'()[\]:;—–]|--/
const CLOSED_TAGS = new Set(['IN', 'DT', 'CC', 'TO', 'PRP$', 'PRP', 'CD', '$', 'POS', 'WDT', 'WP', 'EX'])

interface Sentence {
  start: number
  end: number
}

/** The sentences of one line, as offsets in the line (sliced only for the few short ones that are looked at). */
export function lineSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let from = 0
  let match: RegExpExecArray | null
  SENTENCE_BREAK.lastIndex = 0
  while ((match = SENTENCE_BREAK.exec(text))) {
    const end = match.index + match[0].trimEnd().length
    if (match[0][0] === '.' && closesAbbreviation(text, from, match.index)) continue
    sentences.push({start: from, end})
    from = match.index + match[0].length
  }
  // The last sentence runs to the line's last non-space character.
  const lineEnd = text.trimEnd().length
  if (from < lineEnd) sentences.push({start: from, end: lineEnd})
  return sentences
}

/**
 * Whether the period at `period` closes an abbreviation or an initial
 * (`ABBREVIATION` on the text before it, from the sentence start `from` on).
 * Every form the pattern knows ends in a letter and is at most four letters
 * after a boundary, or one letter after another period, so a period after an
 * ASCII non-letter or after five ASCII letters closes none: most periods are
 * settled without the pattern.
 */
function closesAbbreviation(text: string, from: number, period: number): boolean {
  let letters = 0
  for (let index = period - 1; index >= from && letters < 5; index--) {
    const code = text.charCodeAt(index)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) letters++
    else if (code < 128 && letters === 0) return false
    else break
  }
  return letters < 5 && ABBREVIATION.test(text.slice(Math.max(from, period - 12), period + 1))
}

/**
 * Whether a line reads as running prose: a sentence end, and in its first few
 * hundred characters at least 12 words, mostly lower case after the first
 * (one pass over character codes: this runs on many lines).
 */
function isProse(text: string): boolean {
  if (!/[.!?]["'”’)]*\s*$/.test(text.slice(-8))) return false
  const length = Math.min(text.length, 400)
  let words = 0
  let lower = 0
  let start = true
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32 || code === 9) {
      start = true
      continue
    }
    if (!start) continue
    // Opening quotes and brackets before a word.
    if (code === 34 || code === 0x201c || code === 0x2018 || code === 40) continue
    start = false
    const asciiLower = code >= 97 && code <= 122
    const letter = asciiLower || code >= 0xdf
    if (!letter && !(code >= 65 && code <= 90) && !(code >= 48 && code <= 57) && code < 0xc0) continue
    words++
    // Only beyond ASCII does it take a string to know the case.
    if (words > 1 && (asciiLower || (letter && text[index] !== text[index].toUpperCase()))) lower++
  }
  return words >= 12 && lower >= 0.6 * (words - 1)
}

/**
 * A word the tagger took for something else but that could be a verb where it
 * stands: any past or -ing form, a plural subject before a base form ("Prices
 * rise."), a singular one before an -s form, "to" before a base form.
 */
function couldBeVerb(words: readonly TaggedWord[], index: number): boolean {
  // Closed-class words tagged as such are reliable (the lexicon lists "in" as a past tense too).
  if (CLOSED_TAGS.has(words[index].tag)) return false
  const tags = possibleTags(words[index].word)
  if (tags.some((tag) => tag === 'MD' || tag === 'VBD' || tag === 'VBN' || tag === 'VBG')) return true
  const before = words[index - 1]?.tag ?? ''
  if (tags.includes('VBZ') && (before === 'NN' || before === 'NNP' || before === 'PRP')) return true
  if ((tags.includes('VBP') || tags.includes('VB')) && (before === 'NNS' || before === 'NNPS' || before === 'PRP' || before === 'TO')) return true
  return false
}

type Kind = 'spliced' | 'anchor'
/** Where a sentence stands: alone on its line, or first, inside or last among the sentences of a line. */
type Place = 'alone' | 'first' | 'middle' | 'last'

/** A spliced piece has a capitalised function word after its first word, and is never first on its line. */
function mayBeSpliced(text: string, place: Place): boolean {
  if (place === 'alone' || place === 'first') return false
  // From the space after the first word on: the pattern starts with a space.
  const space = text.indexOf(' ')
  if (space < 0) return false
  CAPITAL_FUNCTION_WORD_FROM.lastIndex = space
  return CAPITAL_FUNCTION_WORD_FROM.test(text)
}

/** An orphaned anchor stands alone or inside a paragraph, and ends with a lower-case word and its period. */
function mayBeAnchor(text: string, place: Place): boolean {
  return (place === 'alone' || place === 'middle') && endsWithLowerCaseWord(text)
}

/**
 * `ANCHOR_END.test(text)` without trying the pattern at every space: the word
 * before the final period is found by stepping back over ASCII letters and
 * hyphens; anything beyond ASCII goes to the pattern itself.
 */
function endsWithLowerCaseWord(text: string): boolean {
  const period = text.length - 1
  if (text.charCodeAt(period) !== 46) return false
  let index = period - 1
  for (; index >= 0; index--) {
    const code = text.charCodeAt(index)
    if (code >= 128) return ANCHOR_END.test(text)
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45)) break
  }
  // `index` is the ASCII character before the word: a space (`\s` in ASCII) before a lower-case letter.
  const before = text.charCodeAt(index)
  const first = text.charCodeAt(index + 1)
  return index >= 0 && index + 1 < period && (before === 32 || (before >= 9 && before <= 13)) && first >= 97 && first <= 122
}

/** Ten characters or more closed by one period (`/[^.]\.$/`): what every candidate sentence ends with. */
function endsWithOnePeriod(text: string): boolean {
  return text.length >= 10 && text.charCodeAt(text.length - 1) === 46 && text.charCodeAt(text.length - 2) !== 46
}

/** Whether `text` holds an apostrophe (`'` or `’`): a contraction needs one. */
function hasApostrophe(text: string): boolean {
  return text.includes("'") || text.includes('’')
}

/** A word's letters in lower case (`"Who's` → `whos`); a word of ASCII letters only needs no pattern. */
function lettersInLowerCase(word: string): string {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index) | 32
    if (code < 97 || code > 122) return word.toLowerCase().replace(/[^\p{L}]/gu, '')
  }
  return word.toLowerCase()
}

/**
 * Quotes, brackets, colons and dashes, but not an apostrophe inside a word.
 * Dropping those apostrophes only removes characters between letters, so a
 * text without any of the characters before has none after (the usual case:
 * no string is built).
 */
function hasQuoteOrBracket(text: string): boolean {
  return QUOTE_OR_BRACKET.test(text) && QUOTE_OR_BRACKET.test(text.replace(/(\p{L})['’](\p{L})/gu, '$1$2'))
}

/** A short sentence with the look of a fragment, before the tagger is asked. */
interface Candidate {
  text: string
  words: string[]
  /** With a capitalised function word where spliced link text would be. */
  spliced: boolean
  /** With the shape of an orphaned link anchor. */
  anchorShape: boolean
}

/**
 * A short sentence that may not be one, or undefined when the text alone
 * shows that it is one (or is no candidate). Link anchors are looked for
 * alone on a line or inside a paragraph (a noun phrase closing or opening a
 * paragraph is often a run-in heading), spliced pieces anywhere but first.
 */
function fragmentCandidate(text: string, place: Place): Candidate | undefined {
  // A list of phrases ("Brown eyes, a mustache.") is description; a contracted verb ("isn't", "we're") makes a clause.
  // Cheapest tests first: most sentences fail here.
  if (!endsWithOnePeriod(text) || text.includes(',')) return undefined
  const anchorEnd = mayBeAnchor(text, place)
  const spliced = mayBeSpliced(text, place)
  if ((!spliced && !anchorEnd) || hasQuoteOrBracket(text)) return undefined
  if (hasApostrophe(text) && CONTRACTION.test(text)) return undefined
  const words = lineWords(text)
  if (words.length < 3 || words.length > 12) return undefined
  const anchorShape = anchorEnd && words.length <= 8 && !words.some((word) => CLAUSE_WORDS.has(lettersInLowerCase(word)))
  if (!spliced && !anchorShape) return undefined
  // Plain signs of a verb, before the tagger is asked (its lexicon is loaded on first use).
  if (words.some((word) => mayBeVerbSign(word) || COMMON_VERBS.has(word.toLowerCase()))) return undefined
  return {text, words, spliced, anchorShape}
}

/** Why a candidate is not a sentence, by its tags, or undefined when it may be one. */
function fragmentKind({text, spliced, anchorShape}: Candidate): {kind: Kind; word?: string} | undefined {
  // The first word in lower case when the lexicon knows it so: a capital there says nothing (else "Ringing" is a name).
  const first = text.match(/^\p{Lu}\p{Ll}+/u)?.[0]
  const body = first && possibleTags(first.toLowerCase()).length > 0 ? first.toLowerCase() + text.slice(first.length, -1) : text.slice(0, -1)
  const tagged = tagText(body).filter(({word}) => /[\p{L}\p{N}$]/u.test(word))
  if (tagged.some(({tag}, index) => tag.startsWith('VB') || tag === 'MD' || couldBeVerb(tagged, index))) return undefined
  if (spliced) {
    for (let index = 1; index < tagged.length; index++) {
      const {word, tag} = tagged[index]
      // After a lower-case word or a number: a capital after a capital is part of a name ("Bank Of America").
      const previous = index === 1 ? text : tagged[index - 1].word
      if (/^\p{Lu}\p{Ll}/u.test(word) && FUNCTION_TAGS.has(tag) && /^[\p{Ll}\p{N}$]/u.test(previous)) return {kind: 'spliced', word}
    }
  }
  if (anchorShape) {
    const nouns = tagged.filter(({tag}) => NOUN.test(tag)).length
    const last = tagged[tagged.length - 1]
    const lastIsNoun = (last.tag === 'NN' || last.tag === 'NNS') && possibleTags(last.word).some((tag) => tag === 'NN' || tag === 'NNS')
    if (tagged.every(({tag}) => NOUN_PHRASE_TAGS.has(tag)) && nouns >= 2 && lastIsNoun) return {kind: 'anchor'}
  }
  return undefined
}

/**
 * Whether offsets in a line lie inside a quotation opened earlier in the
 * line. Offsets are asked about in increasing order (the sentences of the
 * line), so the marks are counted on from the last one: one pass per line.
 */
class QuotationScan {
  private index = 0
  private open = 0
  private close = 0
  private straight = 0

  constructor(private readonly text: string) {}

  insideAt(offset: number): boolean {
    for (; this.index < offset; this.index++) {
      const code = this.text.charCodeAt(this.index)
      if (code === 0x201c) this.open++
      else if (code === 0x201d) this.close++
      else if (code === 34) this.straight++
    }
    return this.open > this.close || this.straight % 2 === 1
  }
}

export default defineRule({
  meta: {
    id: 'fragment',
    category: 'sentence',
    description: 'Flag pieces of running text that are not sentences: orphan words, orphaned link anchors, verbless spliced pieces',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        findFragments(doc, report)
      }
    }
  }
})

function findFragments(doc: Doc, report: (finding: Report) => void): void {
  const lines = doc.lines
  const neighbour = (index: number, step: number) => {
    let other = index + step
    while (other >= 0 && other < lines.length && isBlank(lines[other].text)) other += step
    return other >= 0 && other < lines.length ? other : undefined
  }
  // Whether each line reads as prose, worked out once: a line is asked about as the neighbour of two others.
  const prose: Array<boolean | undefined> = []
  const proseAt = (index: number) => (prose[index] ??= isProse(lines[index].text))
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const text = line.text
    if (isBlank(text) || doc.verbatimLines.has(index) || LIST_ITEM.test(text)) continue
    const trimmed = text.trim()

    // An orphan function word (or two) standing alone before more text.
    if (trimmed.length <= 12 && /^\p{Ll}+(?: \p{Ll}+)?$/u.test(trimmed) && trimmed.split(' ').every((word) => ORPHANS.has(word))) {
      if (standsAlone(doc, index) && neighbour(index, 1) !== undefined) {
        const [start, end] = lineDeletionRange(doc, index, index)
        report({start, end, message: `Orphan word “${trimmed}” on a line of its own; delete it`, expected: [''], data: {kind: 'orphan'}})
      }
      continue
    }
    if (trimmed.length > 4000) continue

    // A candidate is a short sentence closed with a period: at most 12 words.
    if (!/\.\s/.test(text) && !/\.\s*$/.test(text.slice(-3))) continue
    // Mid-paragraph candidates need a capitalised function word or a short sentence between two others.
    if (!standsAlone(doc, index) && !CAPITAL_FUNCTION_WORD.test(text) && !SHORT_MIDDLE_SENTENCE.test(text)) continue
    const sentences = lineSentences(text)
    if (sentences.length === 1) {
      // A lone noun phrase with a period between paragraphs of prose: an orphaned link anchor.
      if (trimmed.length > MAX_CANDIDATE || !endsWithLowerCaseWord(trimmed) || !standsAlone(doc, index)) continue
      const before = neighbour(index, -1)
      const after = neighbour(index, 1)
      if (before === undefined || after === undefined) continue
      const candidate = fragmentCandidate(trimmed, 'alone')
      if (!candidate || !proseAt(before) || !proseAt(after)) continue
      const found = fragmentKind(candidate)
      // A run-in heading names what the next paragraph is about: its last word comes up there.
      if (!found || headingOf(trimmed, lines[after].text)) continue
      const [start, end] = lineDeletionRange(doc, index, index)
      report({
        start,
        end,
        message: 'Not a sentence: a noun phrase with no verb on a line of its own between paragraphs (an orphaned link anchor?); delete it',
        expected: [''],
        data: {kind: found.kind}
      })
      continue
    }
    // A verbless piece among sentences of running text.
    let quotations: QuotationScan | null | undefined
    sentences.forEach((sentence, position) => {
      if (position === 0 || sentence.end - sentence.start > MAX_CANDIDATE || text.charCodeAt(sentence.end - 1) !== 46) return
      const place: Place = position === sentences.length - 1 ? 'last' : 'middle'
      // The sentence's own tests before the line's: few sentences are candidates.
      const candidate = fragmentCandidate(text.slice(sentence.start, sentence.end), place)
      if (!candidate || !proseAt(index) || (quotations ??= /["“]/.test(text) ? new QuotationScan(text) : null)?.insideAt(sentence.start)) return
      const found = fragmentKind(candidate)
      if (!found) return
      report({
        start: line.start + sentence.start,
        end: line.start + sentence.end,
        message:
          found.kind === 'spliced'
            ? `Not a sentence: no verb, and “${found.word}” is capitalised mid-sentence (spliced link text?)`
            : 'Not a sentence: a noun phrase with no verb between sentences (an orphaned link anchor?)',
        data: {kind: found.kind}
      })
    })
  }
}

/** Whether a one-line noun phrase heads the paragraph after it: its last word (singular stem) opens up there. */
function headingOf(phrase: string, next: string): boolean {
  const head = phrase.replace(/\.$/, '').split(/\s+/).pop()!.toLowerCase().replace(/(?:es|s)$/, '')
  return head.length >= 3 && next.slice(0, 300).toLowerCase().includes(head)
}
