/**
 * The chrome lexicon (`rules/data/chrome-lexicon.json`): phrases by kind, each
 * with a confidence, compiled once into one map keyed by normalised phrase.
 * A line is looked up by its first words (at most as many as the longest
 * phrase has), so matching costs a handful of map look-ups per line, plus
 * one combined pattern for the few phrases that may stand anywhere in a line.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {charClass, LETTER, MARK, NUMBER} from '../../../src/util/chars.js'
import {packageRoot} from '../../../src/util/package.js'

export type LexiconKind =
  | 'share'
  | 'follow'
  | 'newsletter'
  | 'recirculation'
  | 'end-marker'
  | 'comments'
  | 'cms'
  | 'credit'
  | 'attribution'
  | 'advert'
  | 'commerce'
  | 'cookie'
  | 'policy'
  | 'counter'
  | 'navigation'

export type MatchMode = 'line' | 'prefix' | 'lead' | 'contains'
export type Marker = 'end' | 'list'

export interface LexiconGroup {
  kind: LexiconKind
  confidence: number
  match: MatchMode
  maxRest?: number
  maxWords?: number
  separator?: boolean
  alone?: number
  marker?: Marker
  phrases: string[]
}

/** A kind of line no phrase list can name ("On Example.com: …", "… [VIDEO]"): a pattern over the line as written. */
export interface LexiconPattern {
  kind: LexiconKind
  confidence: number
  pattern: string
  flags?: string
  marker?: Marker
  /** Also tried on lines longer than 200 characters (the pattern must stay linear). */
  long?: boolean
  /**
   * Text every match contains (case as written): lines without it skip the pattern, which most lines do.
   * Patterns that share a `needs` text share its search; a rare first character makes the search fast.
   */
  needs?: string
  /** Text every match starts with (case as written): checked at the line's start only, cheaper than `needs`. */
  starts?: string
  /** Text every match ends with (case as written): checked at the line's end only, cheaper than `needs`. */
  ends?: string
  /** Lower-case letters (`\p{Ll}`) every match has at most: lines with more ASCII ones skip the pattern. */
  maxLower?: number
}

export interface LexiconData {
  groups: LexiconGroup[]
  patterns?: LexiconPattern[]
  widgetWords: string[]
  widgetAnchors: string[]
}

/** A line the lexicon recognises. */
export interface LexiconMatch {
  kind: LexiconKind
  confidence: number
  mode: MatchMode
  /** The phrase as normalised. */
  phrase: string
  marker?: Marker
  /** Words of the line after the phrase (prefix and lead matches). */
  rest: number
  /** Text of the line to keep (a pattern's `keep` group): the widget is glued to it. */
  keep?: string
}

interface Entry {
  group: LexiconGroup
  phrase: string
}

/**
 * The comparison form of a line: lower case, `©` and `(c)` as `copyright`,
 * each number (`12`, `1.2K`, `3,400`, `00:21`) as `#`, every other run of
 * non-letters as one space. Written as one pass over the lower-cased text
 * (the chrome analysis keys every line); `test/rules/chrome-lexicon.test.ts`
 * checks it against the same definition written as regular expressions.
 */
export function lexiconKey(text: string): string {
  return normalise(text, Infinity)
}

/** The first `words` words of `lexiconKey(text)`, without normalising the rest. */
export function lexiconKeyStart(text: string, words: number): string {
  return normalise(text, words)
}

function normalise(text: string, maxWords: number): string {
  const lower = text.toLowerCase()
  const length = lower.length
  let key = ''
  let words = 0
  // A space is owed before the next kept character, once something is kept.
  let space = false
  let index = 0
  while (index < length) {
    const code = lower.charCodeAt(index)
    if (code === COPYRIGHT_SIGN || (code === OPEN_PAREN && lower.startsWith('(c)', index))) {
      // Spaced as a word of its own, even inside one ("a©b").
      if (words++ === maxWords) break
      key = appendWord(key, true, 'copyright')
      space = true
      index += code === COPYRIGHT_SIGN ? 1 : 3
      continue
    }
    const kind = kindAt(lower, index)
    const width = code >= 0xd800 && code <= 0xdbff && kind !== 0 ? 2 : 1
    if (!(kind & (NUMBER | KEPT)) && code !== HASH) {
      index += width
      space = key !== ''
      continue
    }
    if ((key === '' || space) && words++ === maxWords) break
    if (kind & NUMBER) {
      index = numberEnd(lower, index + width)
      key = appendWord(key, space, '#')
    } else {
      // A run of letters, marks and `#` is copied as it stands.
      let end = index + width
      while (end < length) {
        const next = lower.charCodeAt(end)
        if (next === HASH) end++
        else {
          const nextKind = kindAt(lower, end)
          if (!(nextKind & KEPT) || nextKind & NUMBER) break
          end += next >= 0xd800 && next <= 0xdbff ? 2 : 1
        }
      }
      key = appendWord(key, space, lower.slice(index, end))
      index = end
    }
    space = false
  }
  return key
}

function appendWord(key: string, space: boolean, word: string): string {
  return space && key !== '' ? key + ' ' + word : key + word
}

/**
 * Past a number that starts before `index`: more digits, a `.`, `,` or `:`
 * between digits ("3,400", "00:21"), and a `k` or `m` unit not followed by a
 * letter ("1.2k").
 */
function numberEnd(lower: string, index: number): number {
  const length = lower.length
  while (index < length) {
    const code = lower.charCodeAt(index)
    if (kindAt(lower, index) & NUMBER) index += code >= 0xd800 && code <= 0xdbff ? 2 : 1
    else if ((code === 46 || code === 44 || code === 58) && index + 1 < length && kindAt(lower, index + 1) & NUMBER) index++
    else break
  }
  if (index === length) return index
  const unit = lower.charCodeAt(index)
  if ((unit === 107 || unit === 109) && !(index + 1 < length && kindAt(lower, index + 1) & LETTER)) index++
  return index
}

const COPYRIGHT_SIGN = 0xa9
const OPEN_PAREN = 40
const HASH = 35

/** Letters and combining marks are kept in a key; numbers become `#`. */
const KEPT = LETTER | MARK

/** The classes of the code point at `index` (none for a lone surrogate). */
function kindAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return charClass(code >= 0xd800 && code <= 0xdbff ? text.codePointAt(index)! : code)
}

const QUOTE_START = /^["“‘«„]/

/** Lines longer than this can only be boilerplate sentences: matched by their start against `lead` phrases. */
const LONG_LINE = 200
/** How much of a long line is normalised to match it. */
const LEAD_SPAN = 160
/** Enough of a long line for its first two words. */
const HEAD_SPAN = 60
/** In-line phrases are looked for in lines up to this long. */
const CONTAINS_SPAN = 300

function countSpaces(text: string): number {
  let count = 0
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) count++
  return count
}

/** Runs of non-space characters. */
function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(/\S+/g)) count++
  return count
}

/** The first word of `lexiconKey(text)`, without normalising the whole line. */
export function firstWordKey(text: string): string {
  let start = 0
  while (start < text.length && !isWordStart(text, start)) start++
  if (start === text.length) return ''
  if (text[start] === '©' || text.startsWith('(c)', start - 1)) return 'copyright'
  const code = text.charCodeAt(start)
  if (code < 128 ? code >= 48 && code <= 57 : DIGIT.test(text[start])) return '#'
  let end = start
  while (end < text.length && isWordPart(text, end)) end++
  return text.slice(start, end).toLowerCase()
}

// ASCII characters by code; only others by the Unicode patterns (a pattern per character was most of the look-up).
function isWordStart(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return WORD_START.test(text[index])
}

function isWordPart(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return WORD_PART.test(text[index])
}

const WORD_START = /[\p{L}\p{N}©]/u
const WORD_PART = /[\p{L}\p{M}]/u
const DIGIT = /\p{N}/u

/** What may follow a label such as `Related` or `Photo`: `:`, a dash, `|`, `>`, a bracket. */
const SENTENCE_END = /[\p{Ll}\p{N}][.…]["'”’)]*$/u
/** A sentence that introduces a list of its own: "… for the following reasons:" ("Related coverage from Money:" heads teasers). */
const LIST_LEAD = /\bfollowing\b.*\p{Ll}:$/u

const SEPARATOR = /[:|>»›→\]\[(){}–—]|\s-\s|\s-$|^-\s/

export class Lexicon {
  readonly #byPhrase = new Map<string, Entry[]>()
  readonly #contains = new Map<string, Entry>()
  readonly #containsPattern: RegExp
  /** One word of each in-line phrase (its longest): a line with none of them cannot match `#containsPattern`. */
  readonly #containsNeedles: RegExp
  readonly #firstWords = new Set<string>()
  /** Every word-prefix of a listed phrase: the look-up stops at the first prefix no phrase has. */
  readonly #prefixes = new Set<string>()
  /** First two words of each `lead` phrase (or its only word). */
  readonly #leadStarts = new Set<string>()
  readonly #widgetWords: Set<string>
  readonly #widgetAnchors: Set<string>
  readonly #longest: number
  /** `need`: the bit of the pattern's `needs` text among the distinct ones (0 without one). */
  readonly #patterns: Array<{entry: LexiconPattern; pattern: RegExp; need: number}>
  /** The largest `maxLower` of a pattern. */
  readonly #maxLower: number

  constructor(data: LexiconData) {
    const needs = [...new Set((data.patterns ?? []).flatMap(({needs}) => (needs === undefined ? [] : [needs])))]
    if (needs.length > 30) throw new Error('chrome lexicon: more than 30 distinct `needs` texts')
    this.#patterns = (data.patterns ?? []).map((entry) => ({
      entry,
      pattern: new RegExp(entry.pattern, entry.flags ?? ''),
      need: entry.needs === undefined ? 0 : 1 << needs.indexOf(entry.needs)
    }))
    this.#maxLower = Math.max(0, ...this.#patterns.map(({entry}) => entry.maxLower ?? 0))
    let longest = 1
    for (const group of data.groups) {
      for (const raw of group.phrases) {
        const phrase = lexiconKey(raw)
        if (phrase === '') throw new Error(`chrome lexicon: phrase ${JSON.stringify(raw)} is empty when normalised`)
        const entry = {group, phrase}
        if (group.match === 'contains') {
          this.#contains.set(phrase, entry)
          continue
        }
        const list = this.#byPhrase.get(phrase) ?? []
        list.push(entry)
        this.#byPhrase.set(phrase, list)
        const [first, second] = phrase.split(' ', 2)
        this.#firstWords.add(first)
        let prefix = ''
        for (const word of phrase.split(' ')) this.#prefixes.add((prefix = prefix === '' ? word : `${prefix} ${word}`))
        if (group.match === 'lead') this.#leadStarts.add(second === undefined ? first : `${first} ${second}`)
        longest = Math.max(longest, phrase.split(' ').length)
      }
    }
    // The in-line phrases as one pattern over the raw text (words apart by any non-alphanumerics, `#` any number).
    const alternatives = [...this.#contains.keys()]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.split(' ').map((word) => (word === '#' ? String.raw`\d[\d.,]*` : escapeRegExp(word))).join('[^a-z0-9]+'))
    this.#containsPattern = new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'i')
    const needles = new Set([...this.#contains.keys()].map(needleOf))
    this.#containsNeedles = new RegExp([...needles].join('|'), 'i')
    this.#longest = longest
    this.#widgetWords = new Set(data.widgetWords.map(lexiconKey))
    this.#widgetAnchors = new Set(data.widgetAnchors.map(lexiconKey))
  }

  /** Every phrase with its match mode, for checks of the data. */
  *entries(): Iterable<{phrase: string; group: LexiconGroup}> {
    for (const list of this.#byPhrase.values()) yield* list
    yield* this.#contains.values()
  }

  /**
   * The strongest entry that explains the whole line (`text` as written,
   * trimmed).
   */
  match(text: string): LexiconMatch | undefined {
    // Cheap gates first. A long line can only be a boilerplate sentence (a `lead` phrase, known
    // by its first two words) or hold an in-line phrase; a short one must start like some phrase.
    // A quotation is someone's words, not a widget's.
    if (QUOTE_START.test(text)) return undefined
    const long = text.length > LONG_LINE
    let starts: boolean
    let widget = false
    if (long) {
      // The first word, and the first two as they stand (apart by one space) when there are two.
      const head = lexiconKeyStart(text.slice(0, HEAD_SPAN), 2)
      const space = head.indexOf(' ')
      starts = this.#leadStarts.has(space === -1 ? head : head.slice(0, space)) || (space !== -1 && this.#leadStarts.has(head))
    } else {
      const first = firstWordKey(text)
      starts = this.#firstWords.has(first)
      widget = this.#widgetWords.has(first)
    }
    const found = text.length <= CONTAINS_SPAN && this.#containsNeedles.test(text) ? this.#containsPattern.exec(text) : null
    const patterned = this.#matchPattern(text, long)
    if (!starts && !found && !widget) return patterned

    const source = long ? text.slice(0, LEAD_SPAN) : text
    // Most lines that start like a phrase or a widget row ("The …", "I …") go on unlike either. Phrases
    // are looked up by the key's first words, stopping at the first prefix no phrase has, and a widget
    // row has widget words only: when the first two words rule both out, only an in-line phrase needs
    // the whole key.
    if (!found) {
      const head = lexiconKeyStart(source, 2)
      if (head === '') return undefined
      if (!this.#mayStartPhrase(head) && !(widget && this.#mayStartWidgetRow(head))) return patterned
    }
    const key = lexiconKey(source)
    if (key === '') return undefined
    // The key's words stand apart by one space: the first few are a slice of it, no array needed.
    // A long line's last word may be cut short by LEAD_SPAN: it is not counted.
    const wordCount = countSpaces(key) + (long ? 0 : 1)
    let best: LexiconMatch | undefined
    const consider = (candidate: LexiconMatch) => {
      if (!best || candidate.confidence > best.confidence || (candidate.confidence === best.confidence && candidate.phrase.length > best.phrase.length)) {
        best = candidate
      }
    }

    // A line that is a teaser heading in one group ("Trending") stays a heading when another group explains it better.
    let heading = false
    let end = -1
    const limit = starts ? Math.min(wordCount, this.#longest) : 0
    for (let count = 1; count <= limit; count++) {
      // Only the key's last word has no space after it.
      end = key.indexOf(' ', end + 1)
      const prefix = end === -1 ? key : key.slice(0, end)
      if (!this.#prefixes.has(prefix)) break
      const entries = this.#byPhrase.get(prefix)
      if (!entries) continue
      const rest = long ? Infinity : wordCount - count
      for (const {group, phrase} of entries) {
        if (rest === 0) {
          const confidence = group.match === 'prefix' && group.alone !== undefined ? group.alone : group.confidence
          heading ||= group.marker === 'list'
          consider(lexiconMatch(group.kind, confidence, group.match, phrase, group.marker, rest))
        } else if (group.match === 'lead') {
          consider(lexiconMatch(group.kind, group.confidence, group.match, phrase, group.marker, rest))
        } else if (group.match === 'prefix' && rest <= (group.maxRest ?? 16)) {
          if (group.separator && !separatedAfter(text, phrase)) continue
          // A label is followed by a headline or a name, not by a sentence: "See also the report, then …",
          // "Keep reading. I'm about to …" (headlines do not end in a full stop).
          if ((rest >= 6 || group.kind === 'recirculation') && SENTENCE_END.test(text)) continue
          // "We recommend this for the following reasons:" opens a list of the article's own.
          if (group.kind === 'recirculation' && rest >= 3 && LIST_LEAD.test(text)) continue
          consider(lexiconMatch(group.kind, group.confidence, group.match, phrase, group.marker, rest))
        }
      }
    }

    if (found) {
      const entry = this.#contains.get(lexiconKey(found[0]))
      const total = long ? wordCount + countWords(text.slice(LEAD_SPAN)) : wordCount
      if (entry && total <= (entry.group.maxWords ?? 30)) {
        const {group, phrase} = entry
        consider(lexiconMatch(group.kind, group.confidence, 'contains', phrase, group.marker, total - phrase.split(' ').length))
      }
    }

    if (patterned) consider(patterned)
    if (heading && best && best.rest === 0 && best.marker === undefined) best = lexiconMatch(best.kind, best.confidence, best.mode, best.phrase, 'list', best.rest, best.keep)
    // Only a short line is a widget row: its key is the whole line.
    if (!best && widget && wordCount <= 14 && this.#isWidgetRow(key.split(' '))) {
      best = lexiconMatch('share', 0.93, 'line', key, undefined, 0)
    }
    return best
  }

  /** Whether a phrase may start with the key's first word or two (`head`): one of them is a phrase, or the two start one. */
  #mayStartPhrase(head: string): boolean {
    const space = head.indexOf(' ')
    if (space === -1) return this.#byPhrase.has(head)
    return this.#byPhrase.has(head.slice(0, space)) || this.#prefixes.has(head)
  }

  /** Whether a widget row may start with the key's first word or two (`head`), the first a widget word: the second is one too. */
  #mayStartWidgetRow(head: string): boolean {
    const space = head.indexOf(' ')
    return space === -1 || this.#widgetWords.has(head.slice(space + 1))
  }

  /** The strongest pattern the line matches (on a long line only patterns marked `long`). */
  #matchPattern(text: string, long: boolean): LexiconMatch | undefined {
    let best: LexiconMatch | undefined
    // Counted once, when a pattern limits them, and only as far as any pattern's limit.
    let lower = -1
    // Each `needs` text is searched for once, by the first pattern that needs it (bits: searched, found).
    let searched = 0
    let present = 0
    for (const {entry, pattern, need} of this.#patterns) {
      if ((best && best.confidence >= entry.confidence) || (long && !entry.long)) continue
      if ((entry.starts !== undefined && !text.startsWith(entry.starts)) || (entry.ends !== undefined && !text.endsWith(entry.ends))) continue
      if (need !== 0) {
        if (!(searched & need)) {
          searched |= need
          if (text.includes(entry.needs!)) present |= need
        }
        if (!(present & need)) continue
      }
      if (entry.maxLower !== undefined) {
        if (lower === -1) lower = countAsciiLower(text, this.#maxLower + 1)
        if (lower > entry.maxLower) continue
      }
      const found = pattern.exec(text)
      if (!found) continue
      const rest = entry.marker === 'end' ? 0 : countWords(text)
      const keep = found.groups?.keep?.trim() || undefined
      best = lexiconMatch(entry.kind, entry.confidence, 'line', lexiconKey(text.slice(0, LEAD_SPAN)), entry.marker, rest, keep)
    }
    return best
  }

  /** "Facebook Twitter Email", "Share on Facebook Share on Twitter": only share-widget words. */
  #isWidgetRow(words: string[]): boolean {
    let anchors = 0
    for (const word of words) {
      if (!this.#widgetWords.has(word)) return false
      if (this.#widgetAnchors.has(word)) anchors++
    }
    return anchors >= 2 || (anchors === 1 && words.length >= 2)
  }
}

/** ASCII lower-case letters in the text, counted up to `cap`: a lower bound of its `\p{Ll}` letters. */
function countAsciiLower(text: string, cap: number): number {
  let count = 0
  for (let index = 0; index < text.length && count < cap; index++) {
    const code = text.charCodeAt(index)
    if (code >= 97 && code <= 122) count++
  }
  return count
}

/** Every match built with the same fields in the same order: one object shape for the code that reads them. */
function lexiconMatch(kind: LexiconKind, confidence: number, mode: MatchMode, phrase: string, marker: Marker | undefined, rest: number, keep?: string): LexiconMatch {
  return {kind, confidence, mode, phrase, marker, rest, keep}
}

/** Whether the phrase (the line's first words) is followed by a separator or ends the line. */
function separatedAfter(text: string, phrase: string): boolean {
  // `[Related: …]`, `• More: …`: leading brackets and bullets are not the separator.
  const body = text.replace(/^[^\p{L}\p{N}]+/u, '')
  const separator = SEPARATOR.exec(body)
  if (!separator) return false
  return lexiconKey(body.slice(0, separator.index)) === phrase
}

/** A pattern for the phrase's longest word other than a number (`#`); for a phrase of numbers only, a digit. */
function needleOf(phrase: string): string {
  const words = phrase.split(' ').filter((word) => word !== '#')
  if (words.length === 0) return String.raw`\d`
  return escapeRegExp(words.reduce((longest, word) => (word.length > longest.length ? word : longest)))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

let shared: Lexicon | undefined

/** The lexicon shipped in `rules/data/chrome-lexicon.json`, loaded on first use. */
export function chromeLexicon(): Lexicon {
  if (!shared) {
    const file = path.join(packageRoot, 'rules', 'data', 'chrome-lexicon.json')
    shared = new Lexicon(JSON.parse(readFileSync(file, 'utf8')) as LexiconData)
  }
  return shared
}
