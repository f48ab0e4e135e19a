/**
 * inconsistent-quotes: straight and curly quotation marks and apostrophes
 * mixed in one document ("Russia's" in the headline, "Russia’s" in the
 * body), and TeX-style ``quotes''. Reported once per document, on the span
 * from the first to the last mark of the minority style, with a fix that
 * converts all of them to the majority style (or the configured one).
 */
import {defineRule} from '../src/engine/rule.js'
import {quoteMarks, type QuoteMark} from './lib/quotes.js'

type Target = 'curly' | 'straight'

const CURLY: Record<string, string> = {
  'double open': '“',
  'double close': '”',
  'single open': '‘',
  'single close': '’',
  apostrophe: '’'
}

/** The mark written in the target style. Straight doubles of unknown direction alternate, starting with an opening one. */
function convert(mark: QuoteMark, target: Target, doubleOpen: boolean): string {
  const role = mark.role === 'double' || mark.role === 'single' ? mark.role : 'single'
  if (target === 'straight') return role === 'double' ? '"' : "'"
  if (mark.role === 'apostrophe') return CURLY.apostrophe
  const direction = mark.direction === 'unknown' ? (role === 'double' ? (doubleOpen ? 'open' : 'close') : 'close') : mark.direction
  return CURLY[`${role} ${direction}`]
}

function describe(mark: QuoteMark): string {
  if (mark.style === 'tex') return 'TeX-style'
  return mark.style
}

export default defineRule({
  meta: {
    id: 'inconsistent-quotes',
    category: 'quotes',
    description: 'Flag straight and curly quotes or apostrophes mixed in one document, and TeX-style quotes',
    fix: 'safe',
    severity: 'off'
  },
  defaults: {
    /** `majority` converts the minority style; `curly` or `straight` enforce one style. */
    style: 'majority' as 'majority' | Target
  },
  create({doc, options, report}) {
    return {
      document() {
        const marks = quoteMarks(doc).filter((mark) => mark.role !== 'prime' && !doc.isVerbatim(mark.start))
        if (marks.length === 0) return
        const straight = marks.filter((mark) => mark.style === 'straight').length
        const curly = marks.filter((mark) => mark.style === 'curly').length
        const target: Target = options.style === 'majority' ? (straight > curly ? 'straight' : 'curly') : options.style
        const wrong = marks.filter((mark) => mark.style !== target)
        if (wrong.length === 0) return
        // Nothing to be consistent with: a document in one style is fine unless a style was asked for.
        if (options.style === 'majority' && wrong.length === marks.length && !wrong.some((mark) => mark.style === 'tex')) return

        const start = wrong[0].start
        const end = wrong[wrong.length - 1].end
        const text = doc.text
        let fixed = ''
        let cursor = start
        // Straight doubles of unknown direction alternate within a paragraph.
        let doubleOpen = true
        let paragraphEnd = -1
        for (const mark of marks) {
          if (mark.start > paragraphEnd) {
            doubleOpen = true
            paragraphEnd = nextBlankLine(text, mark.start)
          }
          const replacement = mark.style === target ? mark.text : convert(mark, target, doubleOpen)
          if (mark.role === 'double') doubleOpen = (mark.direction === 'unknown' ? !doubleOpen : mark.direction === 'close')
          if (mark.start < start || mark.end > end || mark.style === target) continue
          fixed += text.slice(cursor, mark.start) + replacement
          cursor = mark.end
        }
        fixed += text.slice(cursor, end)

        const counts = new Map<string, number>()
        for (const mark of wrong) counts.set(describe(mark), (counts.get(describe(mark)) ?? 0) + 1)
        const minority = [...counts].map(([style, count]) => `${count} ${style}`).join(' and ')
        const marksWord = wrong.length === 1 ? 'mark' : 'marks'
        report({
          start,
          end,
          message:
            options.style === 'majority'
              ? `Quote style is mixed: ${minority} ${marksWord} among ${target === 'curly' ? curly : straight} ${target}; use ${target} quotes throughout`
              : `${minority} ${marksWord} where ${target} quotes are required; use ${target} quotes`,
          expected: [fixed],
          data: {style: target, occurrences: wrong.map((mark) => [mark.start, mark.end])}
        })
      }
    }
  }
})

function nextBlankLine(text: string, offset: number): number {
  const match = /\n[ \t]*\r?\n/g
  match.lastIndex = offset
  const found = match.exec(text)
  return found ? found.index : text.length
}
