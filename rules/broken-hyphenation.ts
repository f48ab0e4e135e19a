/**
 * broken-hyphenation: a word split by a hyphen and a space ("inter- national")
 * or by a hyphen at the end of a line ("infor-\nmation"), left by PDF
 * extraction and justified layouts, where the joined word is in the
 * dictionary. Suspended hyphens ("pre- and post-war", "two- to three-day")
 * and real compounds whose joined form is not a word are left alone.
 */
import {defineRule} from '../src/engine/rule.js'
import {isWord} from './lib/dictionary.js'
import {leadMatches} from './lib/lead-matches.js'

/**
 * The gap after a hyphen: spaces, or a line break (the hyphen last on its
 * line), followed by a Latin letter (the dictionary is English). The word
 * before the hyphen is read backwards from there, which keeps the scan
 * linear. Tried only where a hyphen stands before white space.
 */
const GAP = /-([ \t]+|[ \t]*(?:\r\n|\n|\r)[ \t]*)(?=[A-Za-zÀ-ÖØ-öø-ɏ])/y
const LETTER = /\p{L}/u
const WORD_AFTER = /\p{L}+/uy
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
        for (const gapMatch of leadMatches(text, '-', GAP, 0, ' \t\r\n')) {
          const hyphen = gapMatch.index
          let start = hyphen
          while (start > 0 && LETTER.test(text[start - 1])) start--
          if (start === hyphen || /[\p{N}-]/u.test(text[start - 1] ?? '') || /[\ud800-\udfff]/.test(text[start - 1] ?? '')) continue
          WORD_AFTER.lastIndex = hyphen + gapMatch[0].length
          const second = WORD_AFTER.exec(text)![0]
          const end = WORD_AFTER.lastIndex
          // "state-of-the-art", "pre-war2": the split word must end there.
          if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || (text[end] === '-' && LETTER.test(text[end + 1] ?? ''))) continue
          const first = text.slice(start, hyphen)
          const gap = gapMatch[1]
          if (CONNECTORS.has(second.toLowerCase())) continue
          const joined = first + second
          if (joined.length < 5 || !isWord(joined)) continue
          if (doc.isVerbatim(start)) continue
          const lineBreak = /[\r\n]/.test(gap)
          report({
            start,
            end,
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
