/**
 * odd-characters: characters that render almost like the intended text but
 * break search, spelling and comparison — U+FFFD replacement characters
 * (a character lost in decoding), text that Unicode normalisation (NFC)
 * changes (a decomposed `é`, the Ångström sign for `Å`), fullwidth Latin
 * letters, digits and punctuation outside CJK text, and typographic
 * ligatures (`ﬁ`, `ﬂ`) left by PDF extraction.
 */
import {defineRule} from '../src/engine/rule.js'
import {insideMojibake} from './lib/mojibake.js'
import {hasUnusual} from './lib/non-ascii.js'

/** A base character with combining marks, or a character NFC always replaces (singletons). */
const NFC_CANDIDATE =
  /\P{M}\p{M}+|[\u0340\u0341\u0343\u0344\u0374\u037e\u0387\u1f71-\u1f7d\u1fbb\u1fbe\u1fc9\u1fcb\u1fd3\u1fdb\u1fe3\u1feb\u1fee\u1fef\u1ff9\u1ffb\u1ffd\u2000\u2001\u2126\u212a\u212b\u2329\u232a\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu
/**
 * Characters that can make NFC change a text: combining marks that compose
 * (Latin, Greek, Cyrillic diacritics; Indic nuktas and split vowels; kana
 * voicing marks), Hangul jamo, singletons and compatibility ideographs.
 * Most texts have none and skip the full scan.
 */
const NFC_PRECHECK =
  /[\u0300-\u036f\u0374\u037e\u0387\u093c\u09bc\u09be\u09d7\u0a3c\u0b3c\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0c56\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dca\u0dcf\u0ddf\u1100-\u11ff\u1b35\u1f71-\u1ffd\u2000\u2001\u20d0-\u20ff\u2126\u212a\u212b\u2329\u232a\u3099\u309a\uf900-\ufaff\ufb1d-\ufb4e\ud834\ud87e]/y
const FULLWIDTH = /[\uff01-\uff5e]+/g
const LIGATURES = /[\ufb00-\ufb06\u01c4-\u01cc\u01f1-\u01f3]/g
const REPLACEMENT = /\ufffd+/g
/** Any replacement character, fullwidth form or ligature: most texts have none and skip those scans. */
const ANY_OTHER = /[\ufffd\uff01-\uff5e\ufb00-\ufb06\u01c4-\u01cc\u01f1-\u01f3]/y
/** Fullwidth forms belong in Chinese, Japanese and Korean text. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff5e\uff61-\uffdc]/u

function codePoints(text: string): string {
  return Array.from(text, (char) => 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ')
}

export default defineRule({
  meta: {
    id: 'odd-characters',
    category: 'encoding',
    description: 'Flag replacement characters (U+FFFD), text NFC changes, fullwidth Latin and ligatures',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {
    /** Report U+FFFD replacement characters. */
    replacement: true,
    /** Report text that Unicode normalisation form C changes. */
    normalization: true,
    /** Report fullwidth Latin letters, digits and punctuation outside CJK text. */
    fullwidth: true,
    /** Report typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) and single-character digraphs (ǆ, ǉ, ǌ). */
    ligatures: true
  },
  create({doc, options, report}) {
    const text = doc.text

    return {
      document() {
        // Both prechecks are classes of non-ASCII characters: tried only on the text's distinct unusual characters.
        const nfc = options.normalization && hasUnusual(doc, NFC_PRECHECK)
        if (!nfc && !hasUnusual(doc, ANY_OTHER)) return
        if (options.replacement) {
          for (const match of text.matchAll(REPLACEMENT)) {
            if (insideMojibake(doc, match.index) || doc.isVerbatim(match.index)) continue
            const count = match[0].length
            report({
              start: match.index,
              end: match.index + count,
              message: `${count > 1 ? `${count} replacement characters` : 'Replacement character'} (U+FFFD): text was lost in decoding; restore it from the source`
            })
          }
        }
        if (nfc) {
          for (const match of text.matchAll(NFC_CANDIDATE)) {
            const normal = match[0].normalize('NFC')
            if (normal === match[0] || doc.isVerbatim(match.index)) continue
            report({
              start: match.index,
              end: match.index + match[0].length,
              message: `\`${match[0]}\` (${codePoints(match[0])}) is not in Unicode normal form; use ${codePoints(normal)}`,
              expected: [normal]
            })
          }
        }
        if (options.fullwidth) {
          for (const match of text.matchAll(FULLWIDTH)) {
            const start = match.index
            const end = start + match[0].length
            const before = text.codePointAt(start - 1 >= 0 && /[\udc00-\udfff]/.test(text[start - 1]) ? start - 2 : start - 1)
            const after = text.codePointAt(end)
            const cjk = (point: number | undefined) => point !== undefined && CJK.test(String.fromCodePoint(point))
            if (cjk(before) || cjk(after) || doc.isVerbatim(start)) continue
            const normal = match[0].normalize('NFKC')
            report({start, end, message: `Fullwidth \`${match[0]}\`; use \`${normal}\``, expected: [normal]})
          }
        }
        if (options.ligatures) {
          for (const match of text.matchAll(LIGATURES)) {
            if (doc.isVerbatim(match.index)) continue
            const letters = match[0].normalize('NFKC')
            report({start: match.index, end: match.index + 1, message: `Ligature \`${match[0]}\`; use \`${letters}\``, expected: [letters]})
          }
        }
      }
    }
  }
})
