/**
 * The chrome lexicon (`rules/data/chrome-lexicon.json`): phrases by kind, each
 * with a confidence, compiled once into one map keyed by normalised phrase.
 * A line is looked up by its first words (at most as many as the longest
 * phrase has), so matching costs a handful of map look-ups per line, plus
 * one combined pattern for the few phrases that may stand anywhere in a line.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
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

export interface LexiconData {
  groups: LexiconGroup[]
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
}

interface Entry {
  group: LexiconGroup
  phrase: string
}

/**
 * The comparison form of a line: lower case, `©` and `(c)` as `copyright`,
 * each number (`12`, `1.2K`, `3,400`, `00:21`) as `#`, every other run of
 * non-letters as one space.
 */
export function lexiconKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/©|\(c\)/g, ' copyright ')
    .replace(/\p{N}[\p{N}.,:]*(?:[km](?!\p{L}))?/gu, '#')
    .replace(/[^\p{L}\p{M}#]+/gu, ' ')
    .trim()
}

/** What may follow a label such as `Related` or `Photo`: `:`, a dash, `|`, `>`, a bracket. */
const SENTENCE_END = /\p{Ll}[.…]["'”’)]*$/u

const SEPARATOR = /[:|>»›→\]\[(){}–—]|\s-\s|\s-$|^-\s/

export class Lexicon {
  readonly #byPhrase = new Map<string, Entry[]>()
  readonly #contains: Array<{pattern: RegExp; entries: Map<string, Entry>; maxWords: number}> = []
  readonly #widgetWords: Set<string>
  readonly #widgetAnchors: Set<string>
  readonly #longest: number

  constructor(data: LexiconData) {
    let longest = 1
    const contains = new Map<number, Map<string, Entry>>()
    for (const group of data.groups) {
      for (const raw of group.phrases) {
        const phrase = lexiconKey(raw)
        if (phrase === '') throw new Error(`chrome lexicon: phrase ${JSON.stringify(raw)} is empty when normalised`)
        const entry = {group, phrase}
        if (group.match === 'contains') {
          const maxWords = group.maxWords ?? 30
          if (!contains.has(maxWords)) contains.set(maxWords, new Map())
          contains.get(maxWords)!.set(phrase, entry)
          continue
        }
        const list = this.#byPhrase.get(phrase) ?? []
        list.push(entry)
        this.#byPhrase.set(phrase, list)
        longest = Math.max(longest, phrase.split(' ').length)
      }
    }
    for (const [maxWords, entries] of contains) {
      const alternatives = [...entries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
      this.#contains.push({pattern: new RegExp(`(?:^| )(${alternatives.join('|')})(?= |$)`), entries, maxWords})
    }
    this.#longest = longest
    this.#widgetWords = new Set(data.widgetWords.map(lexiconKey))
    this.#widgetAnchors = new Set(data.widgetAnchors.map(lexiconKey))
  }

  /** Every phrase with its match mode, for checks of the data. */
  *entries(): Iterable<{phrase: string; group: LexiconGroup}> {
    for (const list of this.#byPhrase.values()) yield* list
    for (const {entries} of this.#contains) yield* entries.values()
  }

  /**
   * The strongest entry that explains the whole line. `text` is the line as
   * written (for separators), `key` its `lexiconKey`.
   */
  match(text: string, key: string = lexiconKey(text)): LexiconMatch | undefined {
    if (key === '') return undefined
    const words = key.split(' ')
    let best: LexiconMatch | undefined
    const consider = (candidate: LexiconMatch) => {
      if (!best || candidate.confidence > best.confidence || (candidate.confidence === best.confidence && candidate.phrase.length > best.phrase.length)) {
        best = candidate
      }
    }

    let prefix = ''
    const limit = Math.min(words.length, this.#longest)
    for (let count = 1; count <= limit; count++) {
      prefix = count === 1 ? words[0] : prefix + ' ' + words[count - 1]
      const entries = this.#byPhrase.get(prefix)
      if (!entries) continue
      const rest = words.length - count
      for (const {group, phrase} of entries) {
        const base = {kind: group.kind, mode: group.match, phrase, marker: group.marker, rest}
        if (rest === 0) {
          const confidence = group.match === 'prefix' && group.alone !== undefined ? group.alone : group.confidence
          consider({...base, confidence})
        } else if (group.match === 'lead') {
          consider({...base, confidence: group.confidence})
        } else if (group.match === 'prefix' && rest <= (group.maxRest ?? 16)) {
          if (group.separator && !separatedAfter(text, phrase)) continue
          // A label is followed by a headline or a name, not by a sentence: "See also the report, then …",
          // "Keep reading. I'm about to …" (headlines do not end in a full stop).
          if ((rest >= 6 || group.kind === 'recirculation') && SENTENCE_END.test(text)) continue
          consider({...base, confidence: group.confidence})
        }
      }
    }

    for (const {pattern, entries, maxWords} of this.#contains) {
      if (words.length > maxWords) continue
      const found = pattern.exec(key)
      if (!found) continue
      const {group, phrase} = entries.get(found[1])!
      consider({kind: group.kind, confidence: group.confidence, mode: 'contains', phrase, marker: group.marker, rest: words.length - phrase.split(' ').length})
    }

    if (!best && words.length <= 14 && this.#isWidgetRow(words)) {
      best = {kind: 'share', confidence: 0.93, mode: 'line', phrase: key, rest: 0}
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

/** Whether the phrase (the line's first words) is followed by a separator or ends the line. */
function separatedAfter(text: string, phrase: string): boolean {
  // `[Related: …]`, `• More: …`: leading brackets and bullets are not the separator.
  const body = text.replace(/^[^\p{L}\p{N}]+/u, '')
  const separator = SEPARATOR.exec(body)
  if (!separator) return false
  return lexiconKey(body.slice(0, separator.index)) === phrase
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
