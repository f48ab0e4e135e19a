/**
 * duplicate-content: a line or a paragraph that the document already has
 * (scrapers pick up the same block twice: a lead repeated under the photo, a
 * paragraph from a second copy of the page), and a teaser or headline that
 * repeats the opening of a later line ("Top NewsPutin is set to visit…" above
 * "Putin is set to visit … amid …").
 *
 * One pass over the lines, each looked up in hash maps by a normal form
 * (lower case, curly quotes straightened, punctuation runs as one space):
 * linear in the size of the text. The normal form is built only for lines
 * whose cheap signature (`lineSignature`) another line shares: most lines of
 * a document are unique, and then no string is built for them.
 */
import {defineRule} from '../src/engine/rule.js'
import type {Doc} from '../src/engine/doc.js'
import {isNumberedHeading} from './lib/headings.js'
import {isBlank, lineDeletionRange, standsAlone} from './lib/line-deletion.js'
import {linesSharingSignature} from '../src/util/line-signature.js'

/**
 * Compared form of a line: case, quote style and punctuation do not matter.
 * Plain (non-Unicode) character classes: this runs on every line.
 */
export function lineKey(text: string): string {
  let key = text
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[^a-z0-9'\u00c0-\u1fff\u2c00-\ud7ff\uf900-\uffef]+/g, ' ')
  if (key.includes("'")) key = key.replace(/(^| )'+|'+(?= |$)/g, '$1')
  return key.trim()
}

/** Words of a normal-form key (one space between words), counted up to `cap`. */
function wordCount(key: string, cap = Infinity): number {
  if (key === '') return 0
  let count = 1
  for (let index = key.indexOf(' '); index !== -1 && count < cap; index = key.indexOf(' ', index + 1)) count++
  return count
}

/** Two cell separators: a table row. */
function isTableRow(text: string): boolean {
  const bar = text.indexOf('|')
  if (bar !== -1 && text.indexOf('|', bar + 1) !== -1) return true
  const tab = text.indexOf('\t')
  return tab !== -1 && text.indexOf('\t', tab + 1) !== -1
}

/** Lines that repeat by design: list items, table rows, rules, headings, directives. */
const LIST_ITEM = /^\s*(?:[-*+•·▪‣◦–—]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s/i
const HEADING = /^\s*#{1,6}\s/
const DIRECTIVE = /^\s*<!--/
const QUOTED_START = /^\s*["“”‘'«—–]/

/** A teaser's cut: an ellipsis at the end of the line. */
const ELLIPSIS_END = /\s*(?:\.{3,}|…)\s*$/
/** A headline or teaser does not end like a sentence (an ellipsis aside). */
const SENTENCE_END = /[.!?:;,]["'”’)\]]*\s*$/

/** Lines longer than this are compared verbatim (marked by a leading control character in their key). */
const LONG_LINE = 300
const VERBATIM = '\u0001'
/** Paragraphs whose lines are shorter than this on average are lists. */
const MIN_WORDS_PER_LINE = 5
/** Length of the opening (in normal-form characters) the later lines are indexed by. */
const PROBE = 24
/** How far into a teaser its repeated part may start ("Top News" glued in front). */
const MAX_LEAD = 40

interface Run {
  first: number
  last: number
  /** Line index of the first line of the earlier copy. */
  original: number
  identical: boolean
}

export default defineRule({
  meta: {
    id: 'duplicate-content',
    category: 'duplicate',
    description: 'Flag a line or paragraph repeated in the document, and a teaser repeating the opening of a later line',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {
    /** Lines and paragraphs with fewer words are not compared (bylines, labels, short replies, refrains). */
    minWords: 8,
    /** Also flag a teaser or headline that repeats the opening of a later line. */
    teasers: true
  },
  create({doc, options, report}) {
    return {
      document() {
        const lines = doc.lines
        const eligible = (index: number) => {
          const text = lines[index].text
          // Five words take at least nine characters.
          return text.length >= 9 && !isBlank(text) && !doc.verbatimLines.has(index) && !LIST_ITEM.test(text) && !isTableRow(text) && !HEADING.test(text) && !DIRECTIVE.test(text)
        }
        // Long lines (whole paragraphs) are copied verbatim: compared as they are, which is cheaper.
        const keys = new Keys(lines.length, (index) => {
          const text = lines[index].text
          return !eligible(index) ? '' : text.length > LONG_LINE ? VERBATIM + text.trim() : lineKey(text)
        })
        const shared = linesSharingSignature(doc.text, lines, (index) => lines[index].end - lines[index].start >= 9)
        const runs: Run[] = []
        const taken = new Set<number>()

        // Paragraphs of several lines, compared whole. Only one whose every line shares its signature with
        // another line can have a copy (its copy's lines have the same keys), so only those are keyed.
        const paragraphs = new Map<string, number>()
        for (let index = 0; index < lines.length; ) {
          if (isBlank(lines[index].text)) {
            index++
            continue
          }
          let last = index
          while (last + 1 < lines.length && !isBlank(lines[last + 1].text)) last++
          if (last > index && allShared(shared, index, last)) {
            const parts: string[] = []
            for (let line = index; line <= last; line++) parts.push(keys.get(line))
            const key = parts.join('\n')
            const words = wordCount(parts.join(' '), Math.max(options.minWords, MIN_WORDS_PER_LINE * parts.length))
            // A paragraph of short lines is a list (a menu, a table of facts): repeated by design.
            if (parts.every((part) => part !== '') && words >= options.minWords && words >= MIN_WORDS_PER_LINE * parts.length) {
              const original = paragraphs.get(key)
              if (original === undefined) paragraphs.set(key, index)
              else {
                runs.push({first: index, last, original, identical: sameText(doc, original, index, last - index + 1)})
                for (let line = index; line <= last; line++) taken.add(line)
              }
            }
          }
          index = last + 1
        }

        // Single lines; consecutive repeats of consecutive lines make one run.
        const seen = new Map<string, number>()
        let previous: Run | undefined
        for (let index = 0; index < lines.length; index++) {
          // A line no other line shares its signature with has no copy, and is the original of none.
          if (!shared[index]) continue
          const key = keys.get(index)
          if (key === '' || taken.has(index) || wordCount(key, options.minWords) < options.minWords) continue
          // Short lines of dialogue come back in fiction ("Get out of here!"); a scraper's repeat is longer.
          if (QUOTED_START.test(lines[index].text) && wordCount(key, 15) < 15) continue
          const original = seen.get(key)
          if (original === undefined) {
            seen.set(key, index)
            continue
          }
          const identical = sameText(doc, original, index, 1)
          if (previous && previous.last === index - 1 && previous.original + (index - previous.first) === original && original < previous.first) {
            previous.last = index
            previous.identical &&= identical
            continue
          }
          previous = {first: index, last: index, original, identical}
          runs.push(previous)
        }

        for (const run of runs.sort((a, b) => a.first - b.first)) {
          const [start, end] = lineDeletionRange(doc, run.first, run.last)
          const what = run.last > run.first ? `These ${run.last - run.first + 1} lines repeat` : 'This line repeats'
          report({
            start,
            end,
            message: `${what} line ${run.original + 1}${run.identical ? '' : ' (up to case and punctuation)'}; delete the repeat`,
            expected: [''],
            fix: run.identical ? 'safe' : 'suggestion',
            data: {kind: 'repeat', original: run.original + 1}
          })
          for (let line = run.first; line <= run.last; line++) taken.add(line)
        }

        if (options.teasers) findTeasers(doc, keys, taken, report)
      }
    }
  }
})

/** Line keys, each built on first use. */
class Keys {
  readonly #keys: Array<string | undefined>
  readonly #build: (index: number) => string

  constructor(count: number, build: (index: number) => string) {
    this.#keys = new Array(count)
    this.#build = build
  }

  get(index: number): string {
    return (this.#keys[index] ??= this.#build(index))
  }
}

/**
 * By line: 1 when another line has the same signature. Lines too short to
 * be compared (key `''`) count as no line.
 */
function allShared(shared: Uint8Array, first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (!shared[index]) return false
  return true
}

/** Whether `count` lines from `a` and from `b` have the same text (white space at the ends aside). */
function sameText(doc: Doc, a: number, b: number, count: number): boolean {
  for (let offset = 0; offset < count; offset++) {
    if (doc.lines[a + offset].text.trim() !== doc.lines[b + offset].text.trim()) return false
  }
  return true
}

/**
 * A teaser or headline standing alone whose words, possibly after a few
 * glued-on characters ("Top News"), are the opening of a later, longer line.
 */
function findTeasers(doc: Doc, keys: Keys, taken: ReadonlySet<number>, report: (finding: import('../src/engine/types.js').Report) => void): void {
  const lines = doc.lines
  // Teasers first: most documents have none, and then no opening needs indexing.
  const teasers: Array<{index: number; key: string; cut: boolean}> = []
  for (let index = 0; index < lines.length; index++) {
    // A line longer than LONG_LINE has a verbatim key or none: no teaser. The key is built last, for the few lines left.
    if (lines[index].text.length > LONG_LINE || taken.has(index) || !standsAlone(doc, index)) continue
    const text = lines[index].text.trimEnd()
    // A numbered heading ("6.3.1. The cache command") may repeat the opening of its first paragraph.
    if (isNumberedHeading(text)) continue
    const cut = text.endsWith('...') || text.endsWith('…')
    if (!cut && SENTENCE_END.test(text.slice(-4))) continue
    if (keys.get(index) === '') continue
    const key = lineKey(text.replace(ELLIPSIS_END, ''))
    const words = key.split(' ').length
    if (words >= 5 && words <= 40) teasers.push({index, key, cut})
  }
  if (teasers.length === 0) return

  /** Lines by the first PROBE characters of their normal form. */
  const openings = new Map<string, number[]>()
  const opening = (index: number, length: number) => (keys.get(index).startsWith(VERBATIM) ? lineKey(doc.lines[index].text.slice(0, length)) : keys.get(index))
  // Only lines after a teaser can be what it repeats.
  for (let index = teasers[0].index + 1; index < lines.length; index++) {
    if (keys.get(index).length < PROBE) continue
    const probe = opening(index, 3 * PROBE).slice(0, PROBE)
    const list = openings.get(probe)
    if (list) list.push(index)
    else openings.set(probe, [index])
  }
  if (openings.size === 0) return

  for (const {index, key, cut} of teasers) {
    let found: number | undefined
    for (let lead = 0; lead <= Math.min(MAX_LEAD, key.length - PROBE) && found === undefined; lead++) {
      if (key[lead] === ' ') continue
      const rest = key.slice(lead)
      if (rest.length < 0.6 * key.length || wordCount(rest, 5) < 5) break
      for (const later of openings.get(rest.slice(0, PROBE)) ?? []) {
        if (later <= index) continue
        const other = opening(later, 2 * LONG_LINE)
        if (!other.startsWith(rest)) continue
        const longer = other.length > rest.length
        // The later line goes on past the teaser (at a word boundary unless the teaser was cut), or the teaser only adds a label glued to its first word.
        if ((longer && (cut || other[rest.length] === ' ')) || (!longer && lead > 0 && key[lead - 1] !== ' ')) {
          found = later
          break
        }
      }
    }
    if (found === undefined) continue
    const [start, end] = lineDeletionRange(doc, index, index)
    report({
      start,
      end,
      message: `Teaser repeats the opening of line ${found + 1}; delete it`,
      expected: [''],
      fix: 'suggestion',
      data: {kind: 'teaser', original: found + 1}
    })
  }
}
