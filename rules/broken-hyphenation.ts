/**
 * broken-hyphenation: a word split by a hyphen and a space ("inter- national")
 * or by a hyphen at the end of a line ("infor-\nmation"), left by PDF
 * extraction and justified layouts, where the joined word is in the
 * dictionary. Suspended hyphens ("pre- and post-war", "two- to three-day")
 * and real compounds whose joined form is not a word are left alone.
 */
import {defineRule} from '../src/engine/rule.js'
import {isWord} from './lib/dictionary.js'

/** A word, a hyphen, then spaces or a line break (with the hyphen last on its line), then a word. */
const SPLIT = /(?<![\p{L}\p{N}-])(\p{L}+)-([ \t]+|[ \t]*(?:\r\n|\n|\r)[ \t]*)(\p{L}+)(?![\p{L}\p{N}]|-\p{L})/gu
/** Words after a suspended hyphen: "pre- and post-war", "two- to three-day". */
const CONNECTORS = new Set(['and', 'or', 'nor', 'to', 'but', 'versus', 'vs', 'through', 'till', 'until', 'as', 'than', 'not'])

export default defineRule({
  meta: {
    id: 'broken-hyphenation',
    category: 'punctuation',
    description: 'Join words split by a stray hyphen and space or a line-end hyphen ("inter- national")',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        const text = doc.text
        for (const match of text.matchAll(SPLIT)) {
          const [whole, first, gap, second] = match
          if (CONNECTORS.has(second.toLowerCase())) continue
          const joined = first + second
          if (joined.length < 5 || !isWord(joined)) continue
          if (doc.verbatimLines.size > 0 && doc.verbatimLines.has(doc.lineAt(match.index).index)) continue
          const lineBreak = /[\r\n]/.test(gap)
          report({
            start: match.index,
            end: match.index + whole.length,
            message: lineBreak
              ? `“${first}-” and “${second}” are one word split at a line end; use “${joined}”`
              : `“${first}- ${second}” is one word split by a hyphen and a space; use “${joined}”`,
            expected: [joined, `${first}-${second}`]
          })
        }
      }
    }
  }
})
