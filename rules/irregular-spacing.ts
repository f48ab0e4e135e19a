/**
 * irregular-spacing: doubled spaces inside a line, trailing white space, and
 * a space before `, . ; : ! ?` — what is left when inline markup is removed.
 */
import type {Doc} from '../src/engine/doc.js'
import {defineRule} from '../src/engine/rule.js'
import {spacingMarkOffsets} from './lib/spacing-marks.js'

/** What may stand before the space: a word, a number, a closing bracket or quote. */
const WORD_END = /[\p{L}\p{N})\]"”’%]/u
/** What must follow the mark for it to end a clause. */
const CLAUSE_AFTER = /[\s"”’)\]]/

export default defineRule({
  meta: {
    id: 'irregular-spacing',
    category: 'whitespace',
    description: 'Flag doubled spaces, trailing white space and spaces before punctuation',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {
    /** Report doubled spaces inside a line. */
    doubled: true,
    /** Report white space at the end of a line. */
    trailing: true,
    /** Report a space before `, . ; : ! ?`. */
    beforePunctuation: true
  },
  create({doc, options, report}) {
    const markdown = doc.format === 'markdown'
    const text = doc.text
    const prose = (offset: number) => doc.verbatimLines.size === 0 || !doc.verbatimLines.has(doc.lineAt(offset).index)

    return {
      document() {
        const {runs: spaceRuns, beforeMarks} = spaceRunsOf(doc)
        const beforeMark = new Set<number>()
        if (options.beforePunctuation) {
          for (const [start, end] of beforeMarks) {
            const mark = text[end]
            const after = text[end + 1]
            if (start === 0 || !WORD_END.test(text[start - 1])) continue
            if (after !== undefined && !CLAUSE_AFTER.test(after)) continue
            // `:)` `;)` are emoticons.
            if ((mark === ':' || mark === ';') && after !== undefined && !/\s/.test(after)) continue
            // A spaced ellipsis (`word . . .`) is a style, not a stray space.
            if (mark === '.' && text.startsWith('. .', end)) continue
            // `VIP : 60,000` — a spaced colon after a short label is layout, not a slip.
            if (mark === ':' && isShortLabel(text.slice(doc.lineAt(start).start, start))) continue
            if (!prose(start)) continue
            beforeMark.add(start)
            report({start, end, message: `Space before \`${mark}\`; remove it`, expected: ['']})
          }
        }

        if (options.doubled) {
          let line = -1
          let runs: Array<[number, number]> = []
          const flush = () => {
            // Two or more wide gaps on one line are column alignment (a plain-text table), not damage.
            if (runs.filter(([start, end]) => end - start > 2).length > 1) runs = []
            for (const [start, end] of runs) {
              if (beforeMark.has(start)) continue
              report({start, end, message: `${end - start} spaces in a row; use one`, expected: [' ']})
            }
            runs = []
          }
          for (const [start, end] of spaceRuns) {
            if (start === 0 || end >= text.length || /\s/.test(text[start - 1]) || /\s/.test(text[end])) continue
            const current = doc.lineAt(start).index
            if (current !== line) flush()
            line = current
            if (prose(start)) runs.push([start, end])
          }
          flush()
        }

        if (options.trailing) {
          // Looked for from each line's end backwards: a pattern over the text would try every space.
          for (const {start: lineStart, end: lineEnd} of doc.lines) {
            let start = lineEnd
            while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--
            if (start === lineEnd) continue
            const blank = start === lineStart
            // Two trailing spaces are a hard line break in Markdown.
            if (markdown && lineEnd - start === 2 && text[start] === ' ' && text[start + 1] === ' ' && !blank) continue
            if (!prose(start)) continue
            report({
              start,
              end: lineEnd,
              message: blank ? 'Line holds only white space; remove it' : 'Trailing white space; remove it',
              expected: ['']
            })
          }
        }
      }
    }
  }
})

const MARKS = ',.;:!?'

/**
 * The candidates, as the patterns `/ {2,}/g` and `/(?<! ) +[,.;:!?]/g` would
 * find them: maximal runs of two or more spaces (`runs`, as [start, end)),
 * and maximal runs of spaces followed by a mark (`beforeMarks`, as the run's
 * start and the mark's offset). Each run holds a space followed by a space or
 * a mark, so it is found from the shared offsets of `spacingMarkOffsets`.
 */
function spaceRunsOf(doc: Doc): {runs: Array<[number, number]>; beforeMarks: Array<[number, number]>} {
  const text = doc.text
  const runs: Array<[number, number]> = []
  const beforeMarks: Array<[number, number]> = []
  let covered = 0
  for (const offset of spacingMarkOffsets(doc)) {
    if (offset < covered || text.charCodeAt(offset) !== 0x20) continue
    let start = offset
    while (start > 0 && text.charCodeAt(start - 1) === 0x20) start--
    let end = offset + 1
    while (end < text.length && text.charCodeAt(end) === 0x20) end++
    covered = end
    if (end - start >= 2) runs.push([start, end])
    if (end < text.length && MARKS.includes(text[end])) beforeMarks.push([start, end])
  }
  return {runs, beforeMarks}
}

function isShortLabel(before: string): boolean {
  return /^\s*(?:\S+\s+){0,2}\S+$/.test(before)
}
