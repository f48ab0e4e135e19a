/**
 * truncated-text: text a scraper got only the start of — a teaser line cut
 * off with an ellipsis ("Putin is set to make a rare visit to North Korea...")
 * standing alone between paragraphs, and running prose that stops in the
 * middle of a sentence at the end of the document.
 *
 * Raw line scanning: the document's lines are looked at once, no parse.
 */
import {defineRule} from '../src/engine/rule.js'
import type {Doc} from '../src/engine/doc.js'
import {isBlank, lineDeletionRange, standsAlone} from './lib/line-deletion.js'
import {lineWords} from './lib/line-words.js'

/**
 * A word, then an ellipsis glued to it that ends the line ("North Korea...").
 * A spaced ellipsis ("Here's the thing …") leads into the next paragraph: a
 * writer's device, not a cut.
 */
const CUT_TEASER = /[\p{L}\p{N}](?:\.{3,}|…)\s*$/u
/** A teaser is cut after a content word; a lead-in trails off after a function word ("ready for..."). */
const TRAILING_FUNCTION_WORD =
  /(?:^|\s)(?:a|an|the|and|or|but|nor|so|yet|of|in|on|at|to|for|with|by|from|into|about|as|than|that|which|who|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|if|when|while|because|like|just|then|is|my|your|his|her|its|our|their)$/i
/** Dialogue, quotations and parentheticals: an ellipsis there is the writer's. */
const QUOTED_START = /^\s*["“”‘'«(\[—–-]/
/** A sentence end followed by more text: the line holds more than one sentence. */
const INNER_SENTENCE_END = /[\p{L}\p{N}][.!?]["'”’)\]]*\s+\S/u
const LIST_ITEM = /^\s*(?:[-*+•·▪‣◦–—]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s/i
const HEADING = /^\s*#{1,6}\s/
/** The last token of a cut sentence: a plain word or number, possibly with a comma. */
const PLAIN_LAST_WORD = /(?:^|\s)[\p{L}\p{N}][\p{L}\p{N}'’-]*,?$/u
/** Where the last sentence of a line starts: after the last sentence end. */
const SENTENCE_BREAKS = /[\p{L}\p{N}][.!?]["'”’)\]]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu

export default defineRule({
  meta: {
    id: 'truncated-text',
    category: 'sentence',
    description: 'Flag teaser lines cut off with an ellipsis and prose cut off mid-sentence at the end of the document',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {
    /** Standalone lines ending in "..." or "…" after a run of words. */
    teasers: true,
    /** Running prose that stops without terminal punctuation at the end of the document. */
    cutEnd: true
  },
  create({doc, options, report}) {
    return {
      document() {
        if (options.teasers) findTeasers(doc, report)
        if (options.cutEnd) findCutEnd(doc, report)
      }
    }
  }
})

type Reporter = (finding: import('../src/engine/types.js').Report) => void

function findTeasers(doc: Doc, report: Reporter): void {
  const lines = doc.lines
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index].text.trimEnd()
    if (!(text.endsWith('...') || text.endsWith('…')) || !CUT_TEASER.test(text.slice(-8)) || QUOTED_START.test(text) || LIST_ITEM.test(text) || doc.verbatimLines.has(index)) continue
    if (!standsAlone(doc, index)) continue
    const body = text.replace(/\s*(?:\.{3,}|…)\s*$/, '')
    if (TRAILING_FUNCTION_WORD.test(body)) continue
    const count = lineWords(body).length
    if (count < 5 || count > 40 || INNER_SENTENCE_END.test(body) || /["“”]/.test(body)) continue
    const [start, end] = lineDeletionRange(doc, index, index)
    report({
      start,
      end,
      message: 'Teaser cut off with an ellipsis; delete the line',
      expected: [''],
      fix: 'suggestion',
      data: {kind: 'teaser'}
    })
  }
}

/** Whether a line reads as running prose: enough words, mostly lower case after the first. */
function isProse(text: string, minimum: number): boolean {
  const list = lineWords(text)
  if (list.length < minimum) return false
  const lower = list.slice(1).filter((word) => /^["“‘(]?\p{Ll}/u.test(word)).length
  return lower >= 0.6 * (list.length - 1)
}

/**
 * Whether the last character could end `PLAIN_LAST_WORD` (a letter, a digit,
 * `'`, `’`, `-` or a comma): prose mostly ends with a period, and the pattern,
 * anchored at the end only, would be tried at every space of the line.
 */
function mayEndWithPlainWord(text: string): boolean {
  const code = text.charCodeAt(text.length - 1)
  if (code >= 128) return true
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45 || code === 44
}

function findCutEnd(doc: Doc, report: Reporter): void {
  const lines = doc.lines
  let last = lines.length - 1
  while (last >= 0 && isBlank(lines[last].text)) last--
  if (last < 0) return
  const line = lines[last]
  const text = line.text.trimEnd()
  if (!mayEndWithPlainWord(text) || doc.verbatimLines.has(last) || LIST_ITEM.test(text) || HEADING.test(text) || !PLAIN_LAST_WORD.test(text)) return
  // Running prose: several sentences in the line, or a long line after a paragraph that ends like prose.
  let previous = last - 1
  while (previous >= 0 && isBlank(lines[previous].text)) previous--
  const afterProse = previous >= 0 && /[.!?]["'”’)]*\s*$/.test(lines[previous].text) && isProse(lines[previous].text, 8)
  if (!isProse(text, 8) || !(INNER_SENTENCE_END.test(text) || (afterProse && lineWords(text).length >= 12))) return
  let from = 0
  for (const match of text.matchAll(SENTENCE_BREAKS)) from = match.index + match[0].length
  const sentence = text.slice(from)
  if (!isProse(sentence, 4)) return
  report({
    start: line.start + from,
    end: line.start + text.length,
    message: 'The text ends mid-sentence; restore the rest or cut back to the last full sentence',
    data: {kind: 'cut-end'}
  })
}
