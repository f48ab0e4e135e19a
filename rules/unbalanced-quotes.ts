/**
 * unbalanced-quotes: double quotation marks that do not pair up within a
 * paragraph — a closing quote with no opening one (a quotation cut in two by
 * a spinner: "…countries.” And a relationship consistent with desire.”"),
 * an opening quote never closed, a pair of different styles (“ … "), and a
 * curly quote turned the wrong way. A quotation may run over several
 * paragraphs when each new one opens with a quote mark. Single quotes are
 * not checked: the same glyph is an apostrophe.
 */
import {defineRule} from '../src/engine/rule.js'
import type {Report} from '../src/engine/types.js'
import {doubleQuoteMarks, type QuoteMark} from './lib/quotes.js'

/** Context says this mark closes a quotation: text before it, a space, punctuation or the end after it. */
function looksClosing(text: string, mark: QuoteMark): boolean {
  const before = text[mark.start - 1] ?? ''
  const after = text[mark.end] ?? ''
  return before !== '' && !/\s/.test(before) && (after === '' || /[\s.,;:!?)\]—–-]/.test(after))
}

/** Context says this mark opens a quotation: a space or the start before it, text after it. */
function looksOpening(text: string, mark: QuoteMark): boolean {
  const before = text[mark.start - 1] ?? ''
  const after = text[mark.end] ?? ''
  return (before === '' || /[\s([{—–]/.test(before)) && after !== '' && !/\s/.test(after)
}

export default defineRule({
  meta: {
    id: 'unbalanced-quotes',
    category: 'quotes',
    description: 'Flag double quotes that do not pair up in a paragraph: orphan closing, unclosed opening, mismatched pairs',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        const text = doc.text
        const marks = doubleQuoteMarks(doc).filter((mark) => !doc.isVerbatim(mark.start))
        const flag = (mark: QuoteMark, message: string, expected?: string) => {
          const finding: Report = {start: mark.start, end: mark.end, message}
          if (expected) finding.expected = [expected]
          report(finding)
        }
        // Where the next blank line after an offset is; offsets only grow, so the search runs once over the text.
        const blankLine = /\n[ \t]*\r?\n/g
        let blankAt = -1
        const nextBlankLine = (from: number) => {
          if (blankAt < from) {
            blankLine.lastIndex = from
            blankAt = blankLine.exec(text)?.index ?? Infinity
          }
          return blankAt
        }
        let open: QuoteMark | undefined
        const unclosed = (mark: QuoteMark) => flag(mark, `Opening quote \`${mark.text}\` is never closed in its paragraph`)

        marks.forEach((mark, index) => {
          const previous = marks[index - 1]
          // A new paragraph (blank line), or a new line that opens with a quote while one is open: a quotation
          // running over paragraphs repeats the opening mark and leaves the previous paragraph open.
          if (previous && open) {
            const newParagraph = nextBlankLine(previous.end) < mark.start
            const reopens = startsNextLine(text, previous.end, mark.start) && isOpening(text, mark)
            if (newParagraph || reopens) {
              if (!reopens) unclosed(open)
              open = undefined
            }
          }

          const opening = isOpening(text, mark)
          if (!open) {
            if (opening) open = mark
            else if (mark.style === 'straight') open = mark
            else if (looksOpening(text, mark)) {
              flag(mark, `\`${mark.text}\` where a quotation opens; use \`“\``, '“')
              open = mark
            } else flag(mark, `Closing quote \`${mark.text}\` has no opening quote`)
            return
          }
          // German „…“ closes with the mark English opens with.
          const germanClose = open.text === '„' && mark.text === '“'
          if (opening && mark.style !== 'straight' && !germanClose) {
            if (looksClosing(text, mark)) {
              flag(mark, `\`${mark.text}\` where the quotation closes; use \`”\``, '”')
              open = undefined
            } else {
              unclosed(open)
              open = mark
            }
            return
          }
          // A closing mark: does it match the opening one?
          if (open.style === 'curly' && mark.style === 'straight') {
            const closer = open.text === '„' ? '“' : '”'
            flag(mark, `Quotation opened with \`${open.text}\` is closed with \`"\`; use \`${closer}\``, closer)
          } else if (open.style === 'straight' && mark.style === 'curly') {
            flag(open, 'Quotation opened with `"` is closed with `”`; use `“`', '“')
          }
          open = undefined
        })
        if (open) unclosed(open)
      }
    }
  }
})

/**
 * The mark at `offset` starts the line (or paragraph) right after the one
 * holding `from`: white space with a line break before it, and no other line
 * break between `from` and that white space.
 */
function startsNextLine(text: string, from: number, offset: number): boolean {
  let index = offset - 1
  let lineBreak = false
  for (; index >= from && /\s/.test(text[index]); index--) lineBreak ||= text[index] === '\n' || text[index] === '\r'
  if (!lineBreak) return false
  const before = text.slice(from, index + 1)
  return !before.includes('\n') && !before.includes('\r')
}

function isOpening(text: string, mark: QuoteMark): boolean {
  if (mark.direction === 'open') return true
  if (mark.direction === 'close') return false
  return looksOpening(text, mark)
}
