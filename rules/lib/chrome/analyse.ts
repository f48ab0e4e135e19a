/**
 * The shared chrome analysis of a document, computed once for all chrome
 * rules: every non-blank line is described (length, punctuation, lexicon and
 * credit matches, repeats in the document and across the files of the run),
 * the article's core is located, and each line that is chrome is claimed by
 * exactly one rule — the one whose evidence is most specific:
 *
 *   chrome-widget      a lexicon phrase that is the whole line
 *   chrome-credit      credits, captions, bylines, datelines, timestamps
 *   chrome-end-zone    what follows the article's end, teasers under a heading
 *   chrome-navigation  runs of menu lines before or after the article
 *   chrome-template    lines that recur across many files of the run
 *   chrome-attribution notes the article itself may need to keep: "Originally
 *                      published on …", reporting credits, disclosures,
 *                      copyright (claimed last: in a footer they are chrome)
 *
 * Linear: one pass to describe lines, one (Kadane) pass for the core, one
 * pass per zone.
 */
import type {CorpusContext} from '../../../src/engine/corpus.js'
import type {Doc, Line} from '../../../src/engine/doc.js'
import {charClass, isWhiteSpace, LOWER, UPPER} from '../../../src/util/chars.js'
import {isDivisionHeading, isNumberedHeading} from '../headings.js'
import {isNameLine, matchBio, matchContributor, matchCredit, type CreditKind, type CreditMatch} from './credits.js'
import {chromeLexicon, type LexiconKind, type LexiconMatch} from './lexicon.js'

export type ChromeRuleId = 'chrome-widget' | 'chrome-credit' | 'chrome-end-zone' | 'chrome-navigation' | 'chrome-template' | 'chrome-attribution'

export interface Claim {
  rule: ChromeRuleId
  /** What the line is, for messages ("share-button label"). */
  what: string
  confidence: number
  /** Keep this text instead of deleting the line (a caption without its credit, a title without its site). */
  keep?: string
}

export interface ChromeLine {
  line: Line
  /** The line without surrounding white space and list marker. */
  text: string
  /**
   * Runs of non-space, counted only as far as telling running text from a
   * headline needs: exact below `PROSE_SENTENCE_WORDS` on a line that ends like
   * a sentence, below `MAX_HEADLINE_WORDS` on others; past that, one more
   * at most (`isLongProse` counts further).
   */
  words: number
  /** Ends like a sentence. */
  terminal: boolean
  /** Letters in the line (capped: only small counts matter). */
  letters: number
  /** Reads as running text: a sentence of some length, or a long line. */
  prose: boolean
  /** Looks like a menu item: short, unpunctuated, capitalised. */
  navLike: boolean
  /** Shaped like a headline: a few words, no full stop. */
  headline: boolean
  /** Looks like a headline: a few words, capitalised, no full stop. */
  teaserLike: boolean
  /** A list item with a bullet ("•", "*"), the way links to other articles are often rendered. */
  bulleted: boolean
  /** A table row or cell flattened into a line. */
  tabular: boolean
  /** Code or a table in Markdown, or a recipe's ingredient ("1 tsp cinnamon"): never chrome, never scored. */
  verbatim: boolean
  /** A post quoted from a social network (its text and its "— Name (@handle) date" line): the article's, never chrome. */
  embed: boolean
  lexicon?: LexiconMatch
  credit?: CreditMatch
  /** How often the same line occurs in this document (counted for short lines other than running text, else 1). */
  repeats: number
  /** How many files of the run contain the line (0 without a corpus). */
  files: number
  claim?: Claim
}

export interface ChromeAnalysis {
  lines: ChromeLine[]
  /** Indices into `lines` of the article's core, when there is one. */
  core?: {start: number; end: number}
}

/** Confidence from which deleting a line is a safe fix. */
export const SAFE_CONFIDENCE = 0.9
/** Confidence from which a lexicon or credit match is chrome wherever it stands. */
const ANYWHERE_CONFIDENCE = 0.7
/** Files of the run a line must appear in to count as site template. */
export const TEMPLATE_FILES = 3

/** Ends like a sentence; an informal one may close on an emoji or a tilde instead ("See you soon 🙂", "the scent of fall~"). */
const TERMINAL = /(?:[.!?…]["'”’)\]]*|[.!?…]?\s?(?:\p{Extended_Pictographic}\uFE0F?|~))$/u
/**
 * TERMINAL on the line's end. Most lines end in a full stop (a match) or an
 * ASCII letter, digit or comma (none: only `"')]~` and the stops may end a
 * match among ASCII characters); only the others need the pattern.
 */
function endsLikeSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (last === 46 || last === 33 || last === 63) return true
  if (last < 128 && !TERMINAL_ASCII_ENDS.includes(text[text.length - 1])) return false
  // Only the end can match: a long paragraph is not scanned from its start.
  return TERMINAL.test(text.length > TERMINAL_SPAN ? text.slice(-TERMINAL_SPAN) : text)
}

/** The ASCII characters other than `.!?` that TERMINAL's match can end with. */
const TERMINAL_ASCII_ENDS = `"')]~`
/** Characters at the end of a line that TERMINAL can match (closing quotes and brackets, an emoji's surrogates). */
const TERMINAL_SPAN = 16
const HAS_WORD = /[\p{L}\p{N}]/u
const LIST_MARKER = /^(?:[*•·▪■►▸‣⁃◦o+–—-]|\d{1,2}[.)])\s+(?=\S)/u
const BULLET = /^[*•·▪■►▸‣⁃◦]\s+(?=\S)/u
/** What LIST_MARKER (and so BULLET) can start with. */
const MARKER_STARTS = '*•·▪■►▸‣⁃◦o+–—-'

/** Whether the line may start with a list marker: most lines start with a letter or a quote, and skip both patterns. */
function mayBeListItem(trimmed: string): boolean {
  return isAsciiDigit(trimmed.charCodeAt(0)) || MARKER_STARTS.includes(trimmed[0])
}

/** Whether the line may start with a quantity, as INGREDIENT needs. */
function mayBeQuantity(text: string): boolean {
  return isAsciiDigit(text.charCodeAt(0)) || '½⅓⅔¼¾⅛'.includes(text[0])
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
/**
 * A recipe's ingredient line: a quantity and a unit or a size ("1 tsp
 * cinnamon", "1/2 cup milk", "8-9 ripe pears"). Short and unpunctuated like a
 * menu item, but deleting one spoils the recipe.
 */
const INGREDIENT = /^(?:\d+(?:[/.,-]\d+)?|[½⅓⅔¼¾⅛])(?:\s\d\/\d)?\s?(?:tsp|tbsp|teaspoons?|tablespoons?|cups?|g|kg|mg|ml|l|oz|ounces?|lbs?|pounds?|pints?|quarts?|jars?|cans?|cloves?|pinch(?:es)?|handfuls?|slices?|sticks?|sprigs?|dash(?:es)?|large|medium|small|ripe)\b/i
/**
 * A table row or cell flattened to text: "| Pos |", "Player\t63\t85%", "3 | 1 | 2".
 * One inner bar is a kicker or a site name ("Design Week | A new lamp"), not a table.
 */
const TABULAR = /\t|^\||\|$|\|.*\|/
/** A headline under its section's name, the way lists of links to other articles print them: "Design Week 2018 | A new lamp". */
const KICKER = /^[\p{Lu}\p{N}][^|]{1,40} \| [\p{L}\p{N}'‘“"]/u

const cache = new WeakMap<Doc, ChromeAnalysis>()

export function analyseChrome(doc: Doc, corpus?: CorpusContext): ChromeAnalysis {
  let analysis = cache.get(doc)
  if (!analysis) {
    analysis = analyse(doc, corpus)
    cache.set(doc, analysis)
  }
  return analysis
}

function analyse(doc: Doc, corpus: CorpusContext | undefined): ChromeAnalysis {
  const lexicon = chromeLexicon()
  const lines: ChromeLine[] = []
  const keyCounts = new Map<string, number>()
  const keys: string[] = []
  for (const line of doc.lines) {
    const trimmed = line.text.trim()
    if (trimmed === '') continue
    // Text dumps render list items with a marker ("* Home", "o Sports", "- Related story").
    const marked = mayBeListItem(trimmed)
    const text = marked ? trimmed.replace(LIST_MARKER, '') : trimmed
    const verbatim = (doc.verbatimLines.size > 0 && doc.verbatimLines.has(line.index)) || (mayBeQuantity(text) && INGREDIENT.test(text))
    const described = describe(line, text, verbatim, marked && BULLET.test(trimmed))
    if (!verbatim) {
      // A numbered section heading ("13.4. Email") is no widget: its number is no counter.
      // (A heading's number comes first, and the text starts at a non-space.)
      described.lexicon = isAsciiDigit(text.charCodeAt(0)) && isNumberedHeading(text) ? undefined : lexicon.match(text)
      if (!described.lexicon || described.lexicon.confidence < SAFE_CONFIDENCE) described.credit = matchCredit(text, described.prose)
      // Of the notes an article may keep, a contributor line is a credit all the same.
      else if (described.lexicon.kind === 'attribution') described.credit = matchContributor(text)
      if (described.lexicon?.kind === 'navigation' || described.lexicon?.kind === 'cms') described.navLike ||= !described.prose
    }
    // Repeats matter for menu and teaser lines only (a line's case does not change whether it is prose).
    const key = !verbatim && !described.prose && text.length <= REPEAT_SPAN ? text.toLowerCase() : ''
    if (key !== '') keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1)
    if (corpus && !verbatim) described.files = corpus.filesWith(text)
    keys.push(key)
    lines.push(described)
  }
  lines.forEach((item, index) => (item.repeats = keys[index] === '' ? 1 : keyCounts.get(keys[index])!))
  markEmbeds(lines)

  claimSpecific(lines)
  const core = findCore(lines, coreTemplateFiles(corpus))
  if (core) {
    claimEndZone(lines, core)
    claimInlineTeasers(lines, core)
    claimNavigation(lines, 0, core.start - 1)
    claimNavigation(lines, core.end + 1, lines.length - 1)
    claimTrailingTeasers(lines, core)
    claimListedTeasers(lines, core)
    claimTruncatedTeasers(lines)
    claimGluedTeasers(lines)
    claimNameLines(lines, core)
    claimWidgetHeading(lines)
  }
  claimTemplate(lines, corpus, core)
  claimAttribution(lines)
  return {lines, core}
}

/** The signature of an embedded post: "— Jane Doe (@janedoe) March 3, 2021" (its dash may be taken for a list marker). */
const POST_SIGNATURE = /^(?:[—–-]\s*)?[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.?\s\d{1,2},?\s\d{4}$/u

/** An embedded post: its signature line and the post's text just above it. */
function markEmbeds(lines: ChromeLine[]): void {
  lines.forEach((item, index) => {
    if (item.text.length > 120 || !item.text.includes('(@') || !POST_SIGNATURE.test(item.text)) return
    item.embed = true
    item.claim = undefined
    const post = lines[index - 1]
    if (post && !post.verbatim && (post.prose || /pic\.twitter\.com|https?:\/\/t\.co\//.test(post.text))) {
      post.embed = true
      post.claim = undefined
    }
  })
}

function describe(line: Line, text: string, verbatim: boolean, bulleted: boolean): ChromeLine {
  const terminal = endsLikeSentence(text)
  // Counted only as far as deciding `prose` needs (most lines are sentences: a few words decide).
  const words = countWords(text, terminal ? PROSE_SENTENCE_WORDS : MAX_HEADLINE_WORDS)
  // A headline has no full stop but is rarely this long.
  const prose = (terminal && words >= PROSE_SENTENCE_WORDS) || words >= MAX_HEADLINE_WORDS
  // Only short lines (menu items, headlines) are looked at word by word.
  const tokens = prose ? [] : text.split(/\s+/)
  // Every alternative of TABULAR needs a tab or a bar.
  const tabular = (text.includes('|') || text.includes('\t')) && TABULAR.test(text)
  const headline = !prose && !tabular && words >= 3 && words < MAX_HEADLINE_WORDS && (!terminal || /[?!]["'”’]?$/.test(text))
  return {
    line,
    text,
    words,
    terminal,
    letters: countLetters(text, MIN_LETTERS),
    prose,
    navLike: !prose && !terminal && !tabular && words <= 6 && HAS_WORD.test(text) && isCapitalised(tokens),
    headline,
    teaserLike: headline && (isCapitalised(tokens) || KICKER.test(text)),
    bulleted,
    tabular,
    verbatim,
    embed: false,
    // Set later, but present from the start: every line has the same object shape.
    lexicon: undefined,
    credit: undefined,
    repeats: 1,
    files: 0,
    claim: undefined
  }
}

/** Letters in the line, counted up to `cap`. */
function countLetters(text: string, cap: number): number {
  let count = 0
  for (let index = 0; index < text.length && count < cap; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && LETTER.test(text[index]))) count++
  }
  return count
}

/** Words (runs of non-space), counted without splitting, up to `cap`. */
function countWords(text: string, cap: number): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length && count <= cap; index++) {
    const code = text.charCodeAt(index)
    const space = code === 32 || code === 9 || code === 160 || (code > 127 && isWhiteSpace(code))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

const LETTER = /\p{L}/u

/** Lines of this many words or more are never headlines or menu items. */
const MAX_HEADLINE_WORDS = 25
/** A line that ends like a sentence and has this many words or more is running text. */
const PROSE_SENTENCE_WORDS = 6
/** Running text longer than this many words holds an in-line phrase rather than being its widget. */
const LONG_PROSE_WORDS = 30

/** Running text of more than `LONG_PROSE_WORDS` words (its `words` count stops short of that). */
function isLongProse(item: ChromeLine): boolean {
  return item.prose && countWords(item.text, LONG_PROSE_WORDS) > LONG_PROSE_WORDS
}
/** Lines longer than this are never counted as repeats. */
const REPEAT_SPAN = 200

const SMALL_WORDS = new Set('a an and as at by for from in into of on or the to with & - – — |'.split(' '))

/** Every word capitalised (small words aside), or shouted: a menu item or a headline. */
function isCapitalised(tokens: string[]): boolean {
  let capitals = 0
  let others = 0
  for (const token of tokens) {
    const word = token.replace(/^[^\p{L}\p{N}]+/u, '')
    if (word === '' || SMALL_WORDS.has(word.toLowerCase())) continue
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitals++
    else others++
  }
  return capitals > 0 && others === 0
}

// ---------------------------------------------------------------- claims

const LEXICON_WHAT: Record<LexiconKind, string> = {
  share: 'share-button label',
  follow: 'follow or contact call',
  newsletter: 'newsletter or subscription call',
  recirculation: 'link to other articles',
  'end-marker': 'comment-form or end-of-article label',
  comments: 'comment-widget label',
  cms: 'site widget text',
  credit: 'credit line',
  attribution: 'attribution, disclosure or copyright note',
  advert: 'advertisement label',
  commerce: 'affiliate-link notice',
  cookie: 'cookie or consent notice',
  policy: 'site policy link',
  counter: 'share or view counter',
  navigation: 'menu item'
}

const CREDIT_WHAT: Record<CreditKind, string> = {
  'photo-credit': 'photo credit',
  'caption-credit': 'picture caption with its credit',
  timestamp: 'video timestamp',
  date: 'date or time line',
  byline: 'byline',
  role: "author's role line",
  'source-name': 'source name alone on a line',
  'title-source': "headline with the site's name",
  dateline: 'date line glued to the paragraph',
  caption: 'picture caption',
  gallery: 'picture-gallery counter',
  contact: "author's contact line",
  'wire-slug': "news agency's story slug",
  'comment-header': "comment's heading",
  bio: "author's note",
  contributor: 'contributor credit'
}

/** Lines that a lexicon phrase or a credit pattern explains on their own. */
function claimSpecific(lines: ChromeLine[]): void {
  for (const item of lines) {
    if (item.verbatim || item.embed) continue
    const {lexicon, credit} = item
    const usable = lexicon && lexicon.kind !== 'attribution' && !(lexicon.mode === 'contains' && isLongProse(item)) ? lexicon : undefined
    if (credit && credit.confidence >= ANYWHERE_CONFIDENCE && credit.confidence > (usable?.confidence ?? 0)) {
      item.claim = {rule: 'chrome-credit', what: CREDIT_WHAT[credit.kind], confidence: credit.confidence, keep: credit.keep}
    } else if (usable && usable.confidence >= ANYWHERE_CONFIDENCE) {
      const rule = usable.kind === 'credit' ? 'chrome-credit' : 'chrome-widget'
      item.claim = {rule, what: LEXICON_WHAT[usable.kind], confidence: usable.confidence, keep: usable.keep}
    }
  }
}

/**
 * How many files of the run a line must be in to count against the core as
 * template. In a run of many sites, a line like "Amazon" is in 3 of 128 files
 * by chance (and a product list must not split an article); a site's own
 * template is in most of its pages.
 */
function coreTemplateFiles(corpus: CorpusContext | undefined): number {
  return Math.max(TEMPLATE_FILES, Math.ceil((corpus?.files ?? 0) * CORE_TEMPLATE_SHARE))
}

const CORE_TEMPLATE_SHARE = 0.05

/** Scores for the core search: running text counts for the article, chrome against it. */
function score(item: ChromeLine, templateFiles: number): number {
  if (item.embed) return 1
  if (item.verbatim || (item.tabular && !item.claim)) return 0
  let value: number
  if (isEvidence(item)) value = -3
  else if (item.prose) value = Math.min(16, Math.max(1, item.text.length / 60))
  else if (item.terminal) value = 0.3
  else if (item.lexicon) value = -2
  else if (item.navLike) value = -1.5
  else value = -0.7
  if (item.files >= templateFiles) value -= 2
  if (item.repeats > 1 && !item.prose) value -= 0.5
  return value
}

/** A lexicon phrase or a credit pattern that says, on its own, "chrome". */
function isEvidence(item: ChromeLine): boolean {
  return (item.lexicon?.confidence ?? 0) >= ANYWHERE_CONFIDENCE || (item.credit?.confidence ?? 0) >= ANYWHERE_CONFIDENCE
}

/** An end marker the article cannot continue past ("Leave a Reply", "12 Comments", "Source link"). */
function isBarrier(item: ChromeLine): boolean {
  return item.lexicon?.marker === 'end' && item.lexicon.confidence >= 0.95 && item.lexicon.rest === 0
}

const MIN_CORE = 1.5

/**
 * The article's core: the run of lines (not crossing a barrier) with the
 * greatest total score — Kadane's maximum subarray, linear.
 */
function findCore(lines: ChromeLine[], templateFiles: number): {start: number; end: number} | undefined {
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = 0
  for (let index = 0; index < lines.length; index++) {
    if (isBarrier(lines[index])) {
      sum = 0
      start = index + 1
      continue
    }
    if (sum <= 0) {
      sum = 0
      start = index
    }
    sum += score(lines[index], templateFiles)
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = index
    }
  }
  return best >= MIN_CORE ? {start: bestStart, end: bestEnd} : undefined
}

/**
 * Claim a line for a zone rule unless it is taken. Lines with fewer than
 * `MIN_LETTERS` letters (bullets, separators, numbers, "US") say too little
 * on their own to be called chrome by position alone.
 */
function claim(item: ChromeLine, value: Claim, override = false): void {
  if (item.verbatim || item.embed || item.letters < MIN_LETTERS) return
  if (!item.claim || (override && SPECIFIC_RULES.has(item.claim.rule))) item.claim = value
}

/** Claims a zone takes over, so that a zone is reported as one block. */
const SPECIFIC_RULES = new Set<ChromeRuleId>(['chrome-widget', 'chrome-credit'])

const MIN_LETTERS = 4

/** After the core: from the first end marker or teaser heading on, everything is chrome. */
function claimEndZone(lines: ChromeLine[], core: {start: number; end: number}): void {
  let from = -1
  for (let index = core.end + 1; index < lines.length; index++) {
    const marker = lines[index].lexicon?.marker
    if (marker === 'end' || (marker === 'list' && lines[index].lexicon!.confidence >= ANYWHERE_CONFIDENCE)) {
      from = index
      break
    }
  }
  if (from === -1) return
  const endMarker = lines[from].lexicon!.marker === 'end'
  const what = endMarker ? `site chrome after “${lines[from].text}”, the end of the article` : `teasers under “${lines[from].text}”`
  for (let index = from; index < lines.length; index++) {
    const item = lines[index]
    // After a teaser heading, running text is a teaser's summary only when another teaser follows it.
    if (item.prose && !endMarker && (index === lines.length - 1 || lines[index + 1].prose)) continue
    claim(item, {rule: 'chrome-end-zone', what, confidence: item.prose ? 0.75 : 0.9}, true)
  }
}

const MAX_TEASERS = 12

/** Inside the article: the headlines listed under a heading such as "Related Stories" or "Don't Miss". */
function claimInlineTeasers(lines: ChromeLine[], core: {start: number; end: number}): void {
  for (let index = core.start; index <= core.end; index++) {
    const heading = lines[index].lexicon
    // "Related Stories", or a longer heading that announces a list: "More from our money guides:".
    if (!heading || heading.marker !== 'list' || (heading.rest !== 0 && !lines[index].text.endsWith(':'))) continue
    let last = index
    while (last < core.end && last - index < MAX_TEASERS) {
      const item = lines[last + 1]
      if (item.prose || item.verbatim || (item.terminal && !item.text.endsWith('?'))) break
      last++
    }
    if (last === index) continue
    const what = `teasers under “${lines[index].text}”`
    for (let next = index; next <= last; next++) claim(lines[next], {rule: 'chrome-end-zone', what, confidence: 0.85}, true)
  }
}

/**
 * Before or after the core: when the zone reads as a menu (several short
 * capitalised lines), its short lines are navigation, and its running text
 * (teaser summaries, footer blurbs) is detached from the article.
 */
function claimNavigation(lines: ChromeLine[], from: number, to: number): void {
  if (to < from) return
  let navLike = 0
  let short = 0
  const known = new Set<string>()
  for (let index = from; index <= to; index++) {
    const item = lines[index]
    if (item.prose || item.verbatim) continue
    short++
    if (item.navLike || (item.claim && item.claim.rule !== 'chrome-template')) navLike++
    if (item.lexicon) known.add(item.lexicon.phrase)
  }
  // A menu has several known entries (Home, Sports, Subscribe…); a table or a list of facts has none.
  if (navLike < 3 || navLike < short * 0.4 || known.size < MENU_KNOWN) return
  const where = from === 0 ? 'before' : 'after'
  const headline = where === 'before' ? headlineBefore(lines, to) : -1
  let listed = false
  for (let index = from; index <= to; index++) {
    const item = lines[index]
    // A line ending in a colon and the sentence-case lines it introduces are the article's list ("New in this version:").
    listed = isListIntro(item) ? isListItem(lines[index + 1]) : listed && isListItem(item)
    if (listed) continue
    // A long credit or disclosure line among the menus is a note about the article, not a menu.
    if (index === headline || item.prose || (item.lexicon?.kind === 'attribution' && item.words > 12)) continue
    claim(item, {rule: 'chrome-navigation', what: `menu line ${where} the article`, confidence: 0.8}, true)
  }
}

/** "Features:", "What the update brings:" — not a label the lexicon knows ("Related:", "Share:") or a shouted section name ("IN BRIEF:"). */
function isListIntro(item: ChromeLine): boolean {
  return item.text.endsWith(':') && !item.prose && !item.lexicon && !item.credit && /\p{Ll}/u.test(item.text)
}

/** An item of an article's list: a phrase in sentence case, longer than a teaser's headline, not a menu entry, widget text or a credit. */
function isListItem(item: ChromeLine | undefined): boolean {
  return item !== undefined && !item.prose && !item.navLike && !item.lexicon && !item.credit && item.words >= LIST_ITEM_WORDS
}

const LIST_ITEM_WORDS = 8

/** The article's headline: the last headline-like line shortly before the core, kept out of the menus. */
function headlineBefore(lines: ChromeLine[], last: number): number {
  for (let index = last; index >= 0 && index > last - HEADLINE_REACH; index--) {
    const item = lines[index]
    if (!item.prose && !item.terminal && !isEvidence(item) && item.words >= 3 && /^["'“‘]?[\p{Lu}\p{N}]/u.test(item.text)) return index
  }
  return -1
}

const HEADLINE_REACH = 6

/**
 * After the core: a document that ends in a run of headlines (with perhaps a
 * label or widget line among them) ends in teasers for other articles.
 */
function claimTrailingTeasers(lines: ChromeLine[], core: {start: number; end: number}): void {
  let start = lines.length
  let headlines = 0
  let listed = 0
  while (start - 1 > core.end) {
    const item = lines[start - 1]
    // A teaser another claim already explains ("Photos: …" after the article) counts as one.
    if ((item.teaserLike && (!item.claim || item.claim.rule === 'chrome-end-zone' || item.lexicon?.kind === 'recirculation')) || item.credit?.kind === 'title-source') headlines++
    else if (!item.claim && isListedHeadline(item)) listed++
    else if (!item.claim && !isEvidence(item) && item.letters >= MIN_LETTERS) break
    start--
  }
  // "Features:" then a list is the article's own list; so is a list in sentence case that a short line introduces.
  const before = lines[start - 1]
  if (headlines + listed < 3 || before.text.endsWith(':') || (headlines < 3 && !before.prose)) return
  for (let index = start; index < lines.length; index++) {
    // "Originally published on …" after the teasers is the article's note (chrome-attribution's), not a teaser;
    // a copyright line down there is the site's footer.
    const lexicon = lines[index].lexicon
    if (lexicon?.kind === 'attribution' && !COPYRIGHT.test(lexicon.phrase)) continue
    claim(lines[index], {rule: 'chrome-end-zone', what: 'teaser headlines ending the text', confidence: 0.8}, true)
  }
}

const COPYRIGHT = /copyright|rights reserved/

/**
 * A headline alone in a bulleted list between two paragraphs of the article
 * (or after its last one) links to another article: "• Storm closes ferry
 * route". More than `MAX_LISTED` of them are the article's own subheadings.
 */
function claimListedTeasers(lines: ChromeLine[], core: {start: number; end: number}): void {
  const found: ChromeLine[] = []
  for (let index = core.start + 1; index < lines.length; index++) {
    const item = lines[index]
    const next = lines[index + 1]
    if (isListedHeadline(item) && item.words >= 5 && !item.claim && lines[index - 1].prose && (!next || next.prose)) found.push(item)
  }
  if (found.length > MAX_LISTED) return
  for (const item of found) claim(item, {rule: 'chrome-end-zone', what: 'link to another article', confidence: 0.75})
}

const MAX_LISTED = 2

/**
 * Teasers with cut summaries: a run of lines, each a headline or a text cut
 * short with an ellipsis ("… the senator said on ..."), with at least
 * `MIN_TRUNCATED` cut ones. An article's own "Here's the thing …" stands
 * among whole paragraphs.
 */
function claimTruncatedTeasers(lines: ChromeLine[]): void {
  let start = -1
  let truncated = 0
  for (let index = 0; index <= lines.length; index++) {
    const item = lines[index]
    // Two words and an ellipsis say too little.
    const cut = item !== undefined && item.words > 3 && TRUNCATED.test(item.text)
    if (cut || (item?.headline && start !== -1)) {
      if (start === -1) start = index
      if (cut) truncated++
      continue
    }
    if (truncated >= MIN_TRUNCATED) {
      for (let next = start; next < index; next++) claim(lines[next], {rule: 'chrome-end-zone', what: 'teasers with cut summaries', confidence: 0.8}, true)
    }
    // A headline may open the next run.
    start = item?.headline ? index : -1
    truncated = 0
  }
}

const TRUNCATED = /(?:\.\.\.|…)["'”’]?$/
const MIN_TRUNCATED = 3

/**
 * Teasers whose headline lost its line break: "Top 5 Cheese Shops In
 * DetroitWondering where to find …". A run of at least `MIN_GLUED` lines,
 * each a capitalised headline glued to a sentence; one such line is
 * link-artifact's business (glued-words), not a list of teasers.
 */
function claimGluedTeasers(lines: ChromeLine[]): void {
  // A run of MIN_GLUED lines or more holds a line at every MIN_GLUED-th index: only those are tested
  // first, and a run is grown around each that is a glued teaser. Lines before `from` are known.
  let from = 0
  for (let probe = MIN_GLUED - 1; probe < lines.length; probe += MIN_GLUED) {
    if (probe < from || !isGluedTeaserLine(lines[probe])) continue
    let start = probe
    while (start > from && isGluedTeaserLine(lines[start - 1])) start--
    let end = probe + 1
    while (end < lines.length && isGluedTeaserLine(lines[end])) end++
    if (end - start >= MIN_GLUED) {
      for (let next = start; next < end; next++) claim(lines[next], {rule: 'chrome-end-zone', what: 'teasers with their summaries glued on', confidence: 0.8})
    }
    // Line `end` is no glued teaser (or past the last line).
    from = end + 1
  }
}

function isGluedTeaserLine(item: ChromeLine): boolean {
  return !item.claim && item.prose && isGluedTeaser(item.text)
}

/**
 * A headline of three words or more, every word capitalised, glued at a
 * lower-case letter to a sentence that goes on in lower case: "… In
 * DetroitHoodline crunched the numbers". "The New MacBook Pro Goes On Sale"
 * is one headline with a name in it.
 */
function isGluedTeaser(text: string): boolean {
  // Most paragraphs fail at their second word; only then is the glue looked for.
  if (!TWO_CAPITALISED.test(text) || !mayBeGlued(text)) return false
  const glue = GLUED_HEADLINE.exec(text)
  if (!glue) return false
  const tokens = glue[1].split(/\s+/)
  if (tokens.length < 3 || !isCapitalised(tokens)) return false
  const after = text.slice(glue[1].length, glue[1].length + 80).split(/\s+/).slice(1, 4)
  return after.some((word) => /^\p{Ll}/u.test(word))
}

/**
 * Whether GLUED_HEADLINE may match: false when the text's start (all the
 * pattern can reach) has no lower-case letter followed by a capital where the
 * glue can be (at characters 9 to 151). Prose rarely has one, and the pattern
 * tries every length up to 150 before it fails. A surrogate (a character
 * outside the BMP) shifts the pattern's count of characters: then it is run.
 */
function mayBeGlued(text: string): boolean {
  const end = Math.min(text.length, GLUE_REACH + 2)
  let previous = 0
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdfff) return true
    const kind = charClass(code)
    if (kind & UPPER && previous & LOWER && index > GLUE_FROM) return true
    previous = kind
  }
  return false
}

/** Where GLUED_HEADLINE's last lower-case letter can stand: after a first character and 8 to 150 more. */
const GLUE_FROM = 9
const GLUE_REACH = 151

/** Up to 150 characters, then a lower-case letter followed by a capitalised word that goes on in lower case or a space ("DetroitHoodline", "BatidosA new"). */
const GLUED_HEADLINE = /^([\p{Lu}\p{N}"'‘“][^\n]{8,150}?\p{Ll})(?=\p{Lu}(?:\p{Ll}|\s))/u
const MIN_GLUED = 3
/** The first two words capitalised, small words between them aside ("Find Burgers", "Say Cheese?", "The 4 Best"). */
const TWO_CAPITALISED = /^["'‘“]?[\p{Lu}\p{N}]\S*\s+(?:(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|&|-|–|—)\s+)*["'‘“]?[\p{Lu}\p{N}]/u

/** A bulleted line shaped like a headline, starting with a capital: "• How the ferry strike ended". */
function isListedHeadline(item: ChromeLine): boolean {
  return item.bulleted && item.headline && /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(item.text)
}

/** How far before the core a name alone on a line is taken for its byline. */
const BYLINE_REACH = 3

/**
 * A name alone on a line is a byline where bylines stand: just before the
 * article's core, or as the text's last line after it ("Jane Doe"); an
 * author's note ("Jane Doe is a freelance writer …") among the last lines.
 */
function claimNameLines(lines: ChromeLine[], core: {start: number; end: number}): void {
  const byline = (item: ChromeLine) => {
    if (!item.claim && !item.lexicon && !item.terminal && isNameLine(item.text)) claim(item, {rule: 'chrome-credit', what: CREDIT_WHAT.byline, confidence: 0.75})
  }
  for (let index = Math.max(0, core.start - BYLINE_REACH); index < core.start; index++) byline(lines[index])
  if (lines.length - 1 > core.end) byline(lines[lines.length - 1])
  // The author's note closes the text (perhaps before a few chrome lines).
  for (let index = Math.max(core.start + 1, lines.length - BIO_REACH); index < lines.length; index++) {
    const item = lines[index]
    if (item.claim || item.verbatim || item.embed) continue
    const bio = matchBio(item.text)
    if (bio) claim(item, {rule: 'chrome-credit', what: CREDIT_WHAT.bio, confidence: bio.confidence})
  }
}

/**
 * The heading of a box that closes the text: "Something to Consider" over a
 * membership call. When everything after a heading is chrome and a widget
 * comes first, the heading goes with it (a section of the article has text
 * of its own under its heading).
 */
function claimWidgetHeading(lines: ChromeLine[]): void {
  let first = lines.length
  while (first > 0 && lines[first - 1].claim && lines[first - 1].claim!.keep === undefined) first--
  const heading = lines[first - 1]
  const box = lines[first]
  if (!heading || !box || box.claim!.rule !== 'chrome-widget' || !heading.headline || heading.terminal) return
  if (heading.verbatim || heading.embed || heading.lexicon || heading.credit || /\d/.test(heading.text)) return
  // "See the posts:" introduced what the scraper lost; a list item (bulleted, or after another such line) is the article's.
  if (heading.text.endsWith(':') || heading.line.text.trim() !== heading.text) return
  const before = lines[first - 2]
  if (before && !before.claim && !before.prose && before.headline) return
  claim(heading, {rule: 'chrome-widget', what: `heading of the ${box.claim!.what} under it`, confidence: 0.75})
}

/** How near the end of the text an author's note stands. */
const BIO_REACH = 3

/** Known menu entries a zone needs before its short lines count as navigation. */
const MENU_KNOWN = 3

/** Lines that recur across the files of the run: the site's template. */
function claimTemplate(lines: ChromeLine[], corpus: CorpusContext | undefined, core: ChromeAnalysis['core']): void {
  if (!corpus || corpus.files < TEMPLATE_FILES) return
  lines.forEach((item, index) => {
    if (item.files < TEMPLATE_FILES || !/\p{L}/u.test(item.text) || isDivisionHeading(item.text)) return
    if (item.prose && item.files < TEMPLATE_FILES + 2) return
    // Inside the article, a line other files share is a heading or a phrase of a series ("Introduction",
    // "Note", "Business", "(Contributed by …)"); a widget inserted there is known by its words instead.
    if (core && index >= core.start && index <= core.end) return
    claim(item, {rule: 'chrome-template', what: `line found in ${item.files} of the ${corpus.files} files`, confidence: 0.8})
  })
}

/** Notes the article may have to keep (attribution, disclosure, copyright): claimed last, by a rule that is off by default. */
function claimAttribution(lines: ChromeLine[]): void {
  for (const item of lines) {
    if (item.lexicon?.kind !== 'attribution' || item.lexicon.confidence < ANYWHERE_CONFIDENCE) continue
    claim(item, {rule: 'chrome-attribution', what: LEXICON_WHAT.attribution, confidence: 0.8})
  }
}
