/**
 * mojibake: UTF-8 text that was decoded as Windows-1252, Latin-1, MacRoman,
 * cp437 or another legacy code page — once or several times — ("donâ€™t",
 * "cafÃ©", "РґРѕСЂРѕРіРµ"), C1 controls standing for Windows-1252
 * punctuation, and sequences that lost a byte ("â€" for `”`). Detection and
 * repair live in `lib/mojibake.ts`.
 */
import {defineRule} from '../src/engine/rule.js'
import {mojibakeSpans, type MojibakeSpan} from './lib/mojibake.js'
import {shown as quoted, visible} from './lib/visible.js'

function via(encodings: string[]): string {
  if (encodings.every((name) => name === encodings[0])) {
    return encodings[0] + (encodings.length > 1 ? `, ${encodings.length} times` : '')
  }
  return encodings.join(', then ')
}

function describe(span: MojibakeSpan, actual: string): string {
  const shown = visible(actual)
  const repaired = visible(span.repaired)
  if (span.kind === 'c1') {
    const code = actual.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    return actual.length === 1
      ? `C1 control U+${code} is Windows-1252 \`${repaired}\` read as Latin-1; use \`${repaired}\``
      : `C1 controls \`${shown}\` are Windows-1252 \`${repaired}\` read as Latin-1; use \`${repaired}\``
  }
  if (span.kind === 'lossy') {
    return span.repaired
      ? `Mojibake \`${shown}\` lost a byte; probably \`${repaired}\``
      : `Mojibake \`${shown}\` lost a byte and cannot be repaired; restore the character from the source`
  }
  return `Mojibake \`${shown}\` (UTF-8 read as ${via(span.encodings)}); use ${quoted(span.repaired)}`
}

export default defineRule({
  meta: {
    id: 'mojibake',
    category: 'encoding',
    description: 'Repair text garbled by a wrong character decoding ("donâ€™t", "cafÃ©")',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        for (const span of mojibakeSpans(doc)) {
          const actual = doc.text.slice(span.start, span.end)
          report({
            start: span.start,
            end: span.end,
            message: describe(span, actual),
            expected: span.repaired ? [span.repaired] : undefined,
            fix: span.certain ? 'safe' : 'suggestion',
            data: {kind: span.kind, encodings: span.encodings}
          })
        }
      }
    }
  }
})
