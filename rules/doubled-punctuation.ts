/**
 * doubled-punctuation: a mark repeated where one was meant — `partners. .`,
 * `,,`, `;;`, `word,.` — typically where a link or an inline element was cut
 * out. Ellipses (`...`, `. . .`, `…`) and abbreviations (`etc.,`) are fine.
 */
import {defineRule} from '../src/engine/rule.js'
import {isAbbreviation as isShortForm} from './lib/abbreviations.js'
import {spacingMarkOffsets} from './lib/spacing-marks.js'

/**
 * Two clause marks, optionally one space apart, not part of a longer run of
 * dots. `?` and `!` are left alone: they end titles and names (`Yahoo!,`).
 * Tried only at the offsets `spacingMarkOffsets` finds, which include every
 * mark followed by another (directly or one space apart) — but a run of dots
 * only at its first and last dot: the pattern cannot start after a dot.
 */
const PAIR = /(?<![.…] ?)([,;:.])( ?)([,;:.])(?! ?[.…])/y
/** Stronger marks win when two different ones meet. */
const STRENGTH: Record<string, number> = {'.': 4, ';': 3, ':': 2, ',': 1}
function precedingWord(text: string, end: number): string {
  let start = end
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1])) start--
  return text.slice(start, end)
}

function isAbbreviation(word: string): boolean {
  // U.S., e.g., a.m.: internal periods; J.: an initial; etc.: a known short form.
  return word.includes('.') || /^\p{Lu}$/u.test(word) || isShortForm(word)
}

export default defineRule({
  meta: {
    id: 'doubled-punctuation',
    category: 'punctuation',
    description: 'Flag doubled punctuation such as "partners. ." and ",," (not ellipses)',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        const text = doc.text
        let searched = 0
        for (const offset of spacingMarkOffsets(doc)) {
          // Matches do not overlap: as with a global pattern, the next one starts past the last.
          if (offset < searched) continue
          PAIR.lastIndex = offset
          const match = PAIR.exec(text)
          if (!match) continue
          searched = offset + match[0].length
          const [whole, first, space, second] = match
          const start = match.index
          const end = start + whole.length
          const before = text[start - 1] ?? ''
          const after = text[end] ?? ''
          // `::` doubles a colon only right after a word: `std::`, IPv6, `[::-1]`, `Topic :: Python` are syntax.
          if (first === ':' && second === ':' && (/\w/.test(after) || !/\p{L}/u.test(before))) continue
          // `patch, .diff.gz`, `e.g. .dpkg-old`, `built on .NET`: a dot that starts a word names a file type or a domain.
          if (second === '.' && space && /[\p{L}\p{N}]/u.test(after)) continue
          if (/\d/.test(before) && /\d/.test(after)) continue // ranges like 1..5
          if (first === '.' && second === '.' && /[/\\]/.test(before + after)) continue // ../ paths
          const token = text.slice(text.lastIndexOf(' ', start) + 1, end)
          if (token.includes('://') || token.startsWith('www.')) continue
          const word = precedingWord(text, start)
          // `Calif.,` `etc.;` `U.S.:` — a period directly before a clause mark ends an abbreviation.
          if (first === '.' && second !== '.' && (!space || isAbbreviation(word))) continue
          const same = first === second
          const keep = same || STRENGTH[first] >= STRENGTH[second] ? first : second
          report({
            start,
            end,
            message: same
              ? `Doubled \`${first}\`${space ? ' (with a space between)' : ''}; use one`
              : `\`${first}\` and \`${second}\` together; keep \`${keep}\``,
            expected: [keep],
            fix: same ? 'safe' : 'suggestion'
          })
        }
      }
    }
  }
})
