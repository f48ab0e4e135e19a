/**
 * Capital letters in the wrong place, found once per document on the raw
 * text and shared by three rules so that one place gets one finding:
 *
 * - `stray-capital`: a common word capitalised in mid-sentence, where link
 *   text was spliced in (`accusing North Korea Provides substantial aid`);
 * - `missing-sentence-break`: a capitalised word that opens a clause in
 *   mid-sentence — a pronoun, a determiner, or a noun subject followed by its
 *   verb — where a sentence end was lost (`the Kremlin said Russian It was`);
 * - `lowercase-sentence-start`: a lower-case word after a sentence's period
 *   (`since 2000. this week`).
 *
 * Whether a capital is unexpected comes from the truecasing table
 * (`truecase.ts`): how often edited English capitalises the word where its
 * position does not explain the capital. Context decides the rest: positions
 * that explain a capital (line start, after a colon, dash, quote or
 * bracket), Title Case lines (headlines), quotations (titles of works),
 * multi-word names (a capitalised neighbour), and words a document
 * capitalises consistently (a brand or a name in that document).
 */
import type {Doc} from '../../src/engine/doc.js'
import type {RuleContext, RuleListeners} from '../../src/engine/types.js'
import {ABBREVIATIONS as SHARED_ABBREVIATIONS} from './abbreviations.js'
import {capitalShare, truecaseByHash, truecaseEntry, type PartOfSpeech, type TruecaseEntry} from './truecase.js'
import {isNumberedHeading} from './headings.js'
import {LOWER, UPPER_INITIAL, wordTokens, type WordTokens} from './word-tokens.js'

export type CaseKind = 'stray' | 'break' | 'lower'

export interface CaseFinding {
  kind: CaseKind
  start: number
  end: number
  /** The replacement for `[start, end)`. */
  expected: string
  /** The word the finding is about. */
  word: string
}

/** Words rare in lower case are names as far as these rules go. */
const MIN_LOWER = 4
/** Largest capital share for each context (see `strayThreshold`). */
const SHARE_PLAIN = 0.05
const SHARE_AFTER_NAME = 0.03
const SHARE_OPENER = 0.02
/** Least share of sentence-initial uses for a word whose lower-case start is reported. */
const MIN_INITIAL_SHARE = 0.01

/** Words that open a clause as its subject or its subject's determiner. */
const OPENERS = new Set(
  'the this these those both many some most more several each every all another such his her their its our'.split(' ')
)
/** Subject pronouns are openers too (part of speech `p`), except `I`, which is always capitalised. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' '
  )
)
const CALENDAR_PREFIX = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/
/** Lower-case words inside titles and names: `Wheel of Time`, `How to Adopt`, `Energy, Environment and Water`. */
const TITLE_FUNCTION_WORDS = new Set('of the a an to for in on and or nor & with at by from is be'.split(' '))
/**
 * Words that start a clause of their own — conjunctions (`If`, `Because`),
 * wh-words (`Who`, `When`), auxiliaries (`Don't`, `Do`) and adverbs (`Even`,
 * `However`, `Still`) — so that, capitalised in mid-sentence, they mark a lost
 * sentence end rather than a stray capital.
 */
const CLAUSE_WORDS: ReadonlySet<PartOfSpeech> = new Set(['c', 'w', 'a', 'r'])
/** What a word before a new sentence can be: not a word that needs a continuation. */
const CONTINUING: ReadonlySet<PartOfSpeech> = new Set(['d', 'i', 'c', 'a', 'w', 'p', 'r'])
const TITLE_WORD = /^\p{Lu}[\p{Ll}'’]+$/u
/** One space between two words of a sentence; a wider gap separates (`See also  Latest news`). */
const SPACE = /^[ \u00a0]$/
/** After a sentence end: one or two spaces. */
const SPACES = /^[ \u00a0]{1,2}$/
const COMMA_SPACE = /^,[ \u00a0]$/

/**
 * Abbreviations after whose period a lower-case word is no sentence start
 * (lower-cased, without the period): the shared short forms plus units,
 * weekdays, US states and reference marks. These are only safe here, where
 * a lower-case word follows; several are words too (`in.`, `mass.`), so the
 * shared list, which also decides glued sentence ends, leaves them out.
 */
const ABBREVIATIONS = new Set([
  ...SHARED_ABBREVIATIONS,
  ...(
    'c e i eg ie v viz op cit est esp incl misc ref refs eq eqs figs vols p ch sec secs art para trans rev ' +
    'messrs mmes mme mlle cmdr assn univ natl intl govt adm maj pvt ave blvd rd pt ' +
    'in lb lbs oz mi km cm mm kg mg ml cc gm cent yd yds sq min max hr hrs mo mos yr yrs wk wks pct tel ext dist div ex ' +
    'mon tue tues wed thu thur thurs fri sat sun ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mont neb nev okla ' +
    'ore pa penn tenn tex va vt wash wis wyo'
  ).split(' ')
])
/** Lower-case name particles (`van Gogh`, `de Gaulle`): no sentence start before a capitalised word. */
const PARTICLES = new Set('van von de da di du del della der den la le al bin ibn ben dos das el'.split(' '))

const cache = new WeakMap<Doc, CaseFinding[]>()

/** The `create` of a rule that reports the findings of one kind, each with its replacement. */
export function reportCaseFindings(kind: CaseKind, message: (finding: CaseFinding) => string) {
  return ({doc, report}: RuleContext<object>): RuleListeners => ({
    document() {
      for (const finding of caseFindings(doc)) {
        if (finding.kind === kind) report({start: finding.start, end: finding.end, message: message(finding), expected: [finding.expected]})
      }
    }
  })
}

/** Every case finding of the document, in text order. */
export function caseFindings(doc: Doc): CaseFinding[] {
  let found = cache.get(doc)
  if (!found) {
    found = analyse(doc)
    cache.set(doc, found)
  }
  return found
}

interface LineFacts {
  /** A Title Case line: a headline, a menu, a list of names. */
  title: boolean
  verbatim: boolean
}

function analyse(doc: Doc): CaseFinding[] {
  const text = doc.text
  const tokens = wordTokens(doc)
  const found: CaseFinding[] = []
  const quotes = new QuoteState()
  const lineFacts = new Map<number, LineFacts>()
  const factsAt = (offset: number): LineFacts & {start: number} => {
    const line = doc.lineAt(offset)
    let facts = lineFacts.get(line.index)
    if (!facts) {
      facts = {title: isTitleLine(line.text), verbatim: doc.verbatimLines.has(line.index)}
      lineFacts.set(line.index, facts)
    }
    return {...facts, start: line.start}
  }
  let documentCase: Map<number, {capital: number; lower: number}> | undefined
  const consistentName = (hash: number) => {
    documentCase ??= countCase(text, tokens)
    const seen = documentCase.get(hash)
    return seen !== undefined && (seen.capital >= 3 || (seen.capital >= 2 && seen.lower === 0))
  }

  for (let i = 0; i < tokens.count; i++) {
    const initial = tokens.initials[i]
    if (initial === UPPER_INITIAL) {
      const finding = capitalised(i)
      if (finding) found.push(finding)
    } else if (initial === LOWER && i > 0 && text.charCodeAt(tokens.ends[i - 1]) === 46) {
      // Only after a word and its period (`2000. this`): tested here, as most words are in lower case.
      const finding = lowerStart(i)
      if (finding) found.push(finding)
    }
  }
  return found

  /** A finding about a capital, when its context does not explain the capital (checked last: they cost most). */
  function capitalised(i: number): CaseFinding | undefined {
    const finding = capitalFinding(i)
    if (!finding) return undefined
    const start = tokens.starts[i]
    const facts = factsAt(start)
    if (facts.title || facts.verbatim || quotes.inside(text, facts.start, start) || consistentName(tokens.hashes[i])) return undefined
    return finding
  }

  function capitalFinding(i: number): CaseFinding | undefined {
    if (i === 0) return undefined
    const start = tokens.starts[i]
    const end = tokens.ends[i]
    // Cheap tests first: most capitals follow a sentence end or belong to names missing from the table.
    const previousEnd = tokens.ends[i - 1]
    if (start - previousEnd > 2) return undefined
    const before = text.charCodeAt(start - 1)
    if (before !== 32 && before !== 0xa0) return undefined
    const first = text.charCodeAt(previousEnd)
    if (first !== 32 && first !== 0xa0 && first !== 44) return undefined // `. The`, `: The`, `“The`
    let entry = truecaseByHash(tokens.hashes[i])
    if (!entry && text.charCodeAt(end - 1) === 100 && text.charCodeAt(end - 2) === 101) entry = inflected(text.slice(start, end).toLowerCase())
    if (!entry || entry.lower < MIN_LOWER || capitalShare(entry) > SHARE_PLAIN) return undefined
    const word = text.slice(start, end)
    if (!TITLE_WORD.test(word)) return undefined
    const gap = text.slice(previousEnd, start)
    const adjacent = SPACE.test(gap)
    if (!adjacent && !COMMA_SPACE.test(gap)) return undefined
    const after = text.charCodeAt(end)
    // Compounds, paths, domains, code: `Covid-19`, `Foo.Bar`, `Foo/bar`, `Foo_bar`.
    if (after === 45 || after === 47 || after === 95 || after === 64 || (after === 46 && /\w/.test(text.charAt(end + 1)))) return undefined
    const lower = word.toLowerCase()
    if (CALENDAR.has(lower)) return undefined

    const previous = tokenFacts(i - 1)
    // After an all-capitals heading run into its paragraph (`VETERANS This country`), or a name particle (`bin Laden`).
    if (previous.allCapitals || PARTICLES.has(previous.word)) return undefined
    const next = i + 1 < tokens.count && SPACE.test(text.slice(end, tokens.starts[i + 1])) ? tokenFacts(i + 1) : undefined
    const share = capitalShare(entry)
    const opener = entry.pos === 'p' || OPENERS.has(lower)

    // A new sentence run into the previous one.
    if (adjacent && share <= SHARE_OPENER && next && next.lowerWord && previousEndsSentence(previous)) {
      if (opener || CLAUSE_WORDS.has(entry.pos) || (entry.pos === 'n' && next.entry && (next.entry.pos === 'a' || next.entry.pos === 'f') && !previous.capital)) {
        // The space and the word: the previous word may be a stray capital of its own (`week Inspection It`).
        return {kind: 'break', start: tokens.ends[i - 1], end, word, expected: '. ' + word}
      }
    }
    if (!adjacent || opener || entry.pos === 'o') return undefined
    if (entry.pos === 'a' && share > SHARE_OPENER) return undefined
    if (after === 46 && ABBREVIATIONS.has(lower)) return undefined // `No. 5`
    // Part of a multi-word name: `State Guest House`, `Pacific Gas & Electric` (but `Last September`, `Inspection It was`).
    if (next && (next.capital || next.digit) && !next.calendar && !next.clauseOpener) return undefined
    if (/^ +& +\p{Lu}/u.test(text.slice(end, end + 5))) return undefined
    // A name in a coordination (`Energy, Environment and Water`) or a title (`How to Adopt`, `Wheel of Time`).
    if (afterCapitalThroughFunctionWords(i)) return undefined
    const functionWord = entry.pos === 'i' || entry.pos === 'c' || entry.pos === 'w'
    const closesSplice = next?.clauseOpener === true
    // The spliced word continues the sentence in lower case (`Provides substantial`, `For a`), is followed by a
    // date (`Last September`) or closes the splice before a new clause (`Inspection It was`); a capitalised word
    // before a comma, a period or a bracket is far more often a name (`Xbox Live,`).
    if (!next || !(next.lowerWord || next.calendar || closesSplice)) return undefined

    let threshold = SHARE_PLAIN
    if (previous.digit) return undefined // `Windows 10 Pro`, `Geekbench 5 Compute`
    if (previous.capital) {
      // `Herb Lash and`, `John Hunt said`: a surname before a conjunction or a verb.
      if (next.entry && (next.entry.pos === 'c' || next.entry.pos === 'f' || next.entry.pos === 'a')) return undefined
      // After a name only a verb or a function word is out of place (`North Korea Provides`); a noun or an
      // adjective there heads a name (`Bay Area`, `Stanley Cup`, `Falcon Heavy`).
      if (entry.pos === 'n' || entry.pos === 'j') return undefined
      // A run of capitalised common words is a title or a name (`No Child Left Behind`), and so is one that
      // goes on to a capital (`the War Between the States`).
      if (previous.common && (!functionWord || !followedByLowerCase(i + 1, 2))) return undefined
      threshold = SHARE_AFTER_NAME
    } else if (previous.entry?.pos === 'd') {
      // `the Enterprise`, `an Expert class`, `an About page`: a name after a determiner.
      return undefined
    } else if (entry.pos === 'n') {
      // A lone capitalised noun is usually a name (`by Variety`, `of Metal`), unless a new clause follows it.
      if (!closesSplice) return undefined
    } else if (entry.pos === 'j') {
      // `sign Deep conditioning`, `month Official visit`: an adjective before a lower-case word.
      if (!next?.lowerWord) return undefined
    }
    if (share > threshold) return undefined
    return {kind: 'stray', start, end, word, expected: lower}
  }

  /** Whether word `i` follows a capitalised word through `and`, `of the`, `to` and the like. */
  function afterCapitalThroughFunctionWords(i: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (!SPACE.test(text.slice(tokens.ends[j], tokens.starts[j + 1])) && !(j === i - 1 && COMMA_SPACE.test(text.slice(tokens.ends[j], tokens.starts[j + 1])))) return false
      const word = text.slice(tokens.starts[j], tokens.ends[j])
      if (!TITLE_FUNCTION_WORDS.has(word)) return j < i - 1 && tokens.initials[j] === UPPER_INITIAL
    }
    return false
  }

  /** Whether `count` words from `index` on are lower-case words separated by single spaces. */
  function followedByLowerCase(index: number, count: number): boolean {
    for (let j = index; j < index + count; j++) {
      if (j >= tokens.count || tokens.initials[j] !== LOWER || !SPACE.test(text.slice(tokens.ends[j - 1], tokens.starts[j]))) return false
    }
    return true
  }

  function tokenFacts(index: number) {
    const start = tokens.starts[index]
    const word = text.slice(start, tokens.ends[index])
    const lower = word.toLowerCase()
    const entry = truecaseByHash(tokens.hashes[index])
    const capital = tokens.initials[index] === UPPER_INITIAL
    return {
      word,
      lower,
      entry,
      capital,
      digit: /^\d/.test(word),
      allCapitals: word.length >= 2 && /^\p{Lu}+$/u.test(word),
      /** A common word (rarely capitalised in edited text) written with a capital here. */
      common: capital && entry !== undefined && entry.lower >= MIN_LOWER && capitalShare(entry) < 0.5,
      calendar: CALENDAR_PREFIX.test(word),
      lowerWord: tokens.initials[index] === LOWER,
      /** A capitalised pronoun or determiner followed by a lower-case word: a clause starts here. */
      clauseOpener:
        capital &&
        entry !== undefined &&
        (entry.pos === 'p' || OPENERS.has(lower)) &&
        capitalShare(entry) <= SHARE_OPENER &&
        index + 1 < tokens.count &&
        tokens.initials[index + 1] === LOWER &&
        SPACE.test(text.slice(tokens.ends[index], tokens.starts[index + 1]))
    }
  }

  /** Whether a word can end a sentence: a content word, a name or a number — not `of`, `the`, `and`, `will`. */
  function previousEndsSentence(previous: ReturnType<typeof tokenFacts>): boolean {
    if (previous.digit) return true
    if (previous.entry === undefined || !CONTINUING.has(previous.entry.pos)) return true
    // `The Who`, `Of It`: a capitalised function word still needs its continuation; `Will`, `May` are names.
    return previous.capital && capitalShare(previous.entry) >= 0.5
  }

  function lowerStart(i: number): CaseFinding | undefined {
    const start = tokens.starts[i]
    const previousEnd = tokens.ends[i - 1]
    // `2000. this`: the previous word, a period (tested by the caller), one or two spaces.
    if (!SPACES.test(text.slice(previousEnd + 1, start)) || start - previousEnd > 3) return undefined
    const end = tokens.ends[i]
    const word = text.slice(start, end)
    // Lower case by design or code: `iPhone`, `e.g.`, `x86`, `foo()`, `foo.bar`.
    if (!/^[\p{Ll}'’]+$/u.test(word) || word.length < 2) return undefined
    const after = text.charAt(end)
    if (after === '.' || after === '(' || after === '_' || after === '=' || after === '@' || after === '/') return undefined
    const entry = truecaseByHash(tokens.hashes[i])
    if (!entry || entry.lower < MIN_LOWER) return undefined
    // A word that hardly ever starts a sentence (`of`, `was`, `daily`): the period is stray, not the case.
    if (entry.initial < MIN_INITIAL_SHARE * (entry.lower + entry.capital + entry.initial)) return undefined
    if (PARTICLES.has(word) && tokens.initials[i + 1] === UPPER_INITIAL) return undefined
    // What ends with the period: not an abbreviation, an initial, a domain, a path or a list number.
    let runStart = previousEnd
    while (runStart > 0 && !/\s/.test(text.charAt(runStart - 1))) runStart--
    const run = text.slice(runStart, previousEnd)
    if (/[./@:\\]/.test(run)) return undefined
    const previousWord = text.slice(tokens.starts[i - 1], previousEnd)
    if (tokens.starts[i - 1] !== runStart && !/^[("“‘'[]$/.test(text.slice(runStart, tokens.starts[i - 1]))) return undefined
    if (previousWord.length === 1 || ABBREVIATIONS.has(previousWord.toLowerCase())) return undefined
    // An unknown short word is an abbreviation (`Ga.`, `nw.`, `Mmes.`).
    if (previousWord.length <= 5 && !/^\d+$/.test(previousWord) && !truecaseEntry(previousWord)) return undefined
    const facts = factsAt(start)
    if (facts.verbatim) return undefined
    if (/^\d+$/.test(previousWord) && text.slice(facts.start, runStart).trim() === '') return undefined // a numbered list item
    return {kind: 'lower', start, end, word, expected: word.charAt(0).toUpperCase() + word.slice(1)}
  }
}

/** A verb form missing from the table, through its stem: `vetoed` → `veto`, `renewed` → `renew`. */
function inflected(lower: string): TruecaseEntry | undefined {
  if (!lower.endsWith('ed') || lower.length < 5) return undefined
  for (const stem of [lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3)]) {
    const entry = truecaseEntry(stem)
    if (entry && (entry.pos === 'v' || entry.pos === 'n') && entry.lower >= 5 && capitalShare(entry) <= SHARE_PLAIN) {
      return {...entry, word: lower, pos: 'f'}
    }
  }
  return undefined
}

/**
 * A Title Case line (a headline, a menu): of its common words of four or more
 * letters (names do not count), at least half are capitalised, and at least
 * two.
 */
function isTitleLine(line: string): boolean {
  if (isNumberedHeading(line)) return true
  let common = 0
  let capital = 0
  for (const match of line.matchAll(/[\p{L}'’]{4,}/gu)) {
    const entry = truecaseEntry(match[0])
    if (!entry || capitalShare(entry) >= 0.5) continue
    common++
    if (/^\p{Lu}/u.test(match[0])) capital++
  }
  return capital >= 2 && capital * 2 >= common
}

/**
 * Whether an offset lies inside a quotation opened earlier on its line. The
 * offsets asked about come in text order, so the count goes on from the last
 * one on the same line: linear in the line's length, whatever the number of
 * capitals on it (a one-line document of megabytes has many).
 */
class QuoteState {
  private lineStart = -1
  private index = 0
  private curly = 0
  private single = 0
  private straight = 0

  inside(text: string, lineStart: number, offset: number): boolean {
    if (lineStart !== this.lineStart || offset < this.index) {
      this.lineStart = lineStart
      this.index = lineStart
      this.curly = this.single = this.straight = 0
    }
    for (; this.index < offset; this.index++) {
      const code = text.charCodeAt(this.index)
      if (code === 0x201c) this.curly++
      else if (code === 0x201d) this.curly = Math.max(0, this.curly - 1)
      else if (code === 34) this.straight ^= 1
      else if (code === 0x2018) this.single++
      // `’` closes a quotation only where it is no apostrophe (`Kim’s`).
      else if (code === 0x2019 && this.single > 0 && !/\p{L}/u.test(text.charAt(this.index + 1))) this.single--
    }
    return this.curly > 0 || this.single > 0 || this.straight === 1
  }
}

/** Whether the text between two words is one space or a comma and a space (`SPACE` or `COMMA_SPACE`). */
function midSentenceGap(text: string, from: number, to: number): boolean {
  const last = text.charCodeAt(to - 1)
  if (last !== 32 && last !== 0xa0) return false
  return to - from === 1 || (to - from === 2 && text.charCodeAt(from) === 44)
}

/** Per word hash: how often the document capitalises it in mid-sentence, and how often it writes it in lower case. */
function countCase(text: string, tokens: WordTokens): Map<number, {capital: number; lower: number}> {
  const counts = new Map<number, {capital: number; lower: number}>()
  for (let i = 1; i < tokens.count; i++) {
    const initial = tokens.initials[i]
    if (initial !== UPPER_INITIAL && initial !== LOWER) continue
    if (initial === UPPER_INITIAL && !midSentenceGap(text, tokens.ends[i - 1], tokens.starts[i])) continue
    const hash = tokens.hashes[i]
    let seen = counts.get(hash)
    if (!seen) {
      seen = {capital: 0, lower: 0}
      counts.set(hash, seen)
    }
    if (initial === UPPER_INITIAL) seen.capital++
    else seen.lower++
  }
  return counts
}

