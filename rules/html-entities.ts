/**
 * html-entities: HTML character references left in plain text — `&amp;`,
 * `&nbsp;`, `&#8217;`, `&#x2014;` — and double-escaped ones (`&amp;quot;`),
 * decoded with the `entities` package. In Markdown and HTML files entities
 * are legitimate markup; only double-escaped ones (which show literally) are
 * reported there, and the fix removes one level of escaping.
 */
import {decodeHTMLStrict} from 'entities'
import {defineRule} from '../src/engine/rule.js'
import {leadMatches} from './lib/lead-matches.js'
import {shown} from './lib/visible.js'

/**
 * `&` (possibly escaped again as `&amp;`, any number of times) and a
 * reference: named or numeric with `;`, numeric without it, or one of the
 * few names browsers accept without `;` and scrapers leave that way. Tried
 * only where an `&` stands (most texts have none).
 */
const REFERENCE = /&(?:amp;)*(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};|(?:amp|nbsp|quot|lt|gt)(?![A-Za-z0-9=]))/y
/** Beyond this many rounds a string is not an accident of escaping. */
const MAX_ROUNDS = 5

/** One round: decode the reference at the start of `text`, if it is one. */
function decodeOnce(text: string): string {
  const match = /^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/.exec(text)
  if (!match) return text
  const decoded = decodeHTMLStrict(`&${match[1]};`)
  return decoded === `&${match[1]};` ? text : decoded + text.slice(match[0].length)
}

export default defineRule({
  meta: {
    id: 'html-entities',
    category: 'markup',
    description: 'Decode HTML entities left in text ("&amp;", "&nbsp;", "&#8217;", "&amp;quot;")',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    const markup = doc.format !== 'text'
    return {
      document() {
        const text = doc.text
        for (const match of leadMatches(text, '&', REFERENCE)) {
          const actual = match[0]
          const stages = [actual]
          while (stages.length <= MAX_ROUNDS) {
            const next = decodeOnce(stages.at(-1)!)
            if (next === stages.at(-1)) break
            stages.push(next)
          }
          const rounds = stages.length - 1
          if (rounds === 0 || rounds === MAX_ROUNDS || (markup && rounds < 2)) continue
          // Markup keeps one level of escaping: `&amp;quot;` becomes `&quot;`.
          const decoded = stages[markup ? rounds - 1 : rounds]
          // A numeric reference to a control character or U+FFFD is damage of its own; leave it be.
          if (/^[\u0000-\u0008\u000b-\u001f\ufffd]/.test(decoded)) continue
          if (doc.isVerbatim(match.index)) continue
          report({
            start: match.index,
            end: match.index + actual.length,
            message: `${rounds > 1 ? 'Double-escaped HTML entity' : 'HTML entity'} \`${actual}\`; use ${shown(decoded)}`,
            expected: [decoded]
          })
        }
      }
    }
  }
})
