/**
 * How strongly one re-decoded sequence argues that text is mojibake.
 *
 * A sequence is a few characters that, encoded back through a legacy code
 * page, form one valid UTF-8 character. Real text produces such sequences
 * too ("NESTLÉ®", "5×£35", "√π"), so each is weighed: the character it
 * decodes to must be one people write, fit the letters around it (script and
 * case), and the sequence itself must look unlike real text. Scores:
 *
 * - 4 (strong): three or more characters ("â€™"), a C1 control or a glyph
 *   that never follows a letter ("Ãƒ"), or `Â` before the very symbol it
 *   decodes to ("Â©").
 * - 2 (fair): a two-character sequence decoding to a letter that matches
 *   the case and script of a neighbouring letter ("cafÃ©", "HÃ”TEL").
 * - 1 (weak): a plausible character with no letters around it.
 * - 0: no evidence (implausible result, wrong script or case next to it,
 *   a curly apostrophe in its ordinary place).
 */

/** A neighbour that may itself be mojibake, so says nothing about case or script. */
export const UNKNOWN = '\ufffe'

export const STRONG = 4
export const FAIR = 2
export const WEAK = 1

/**
 * Characters a decoding may produce: letters of scripts in common use,
 * punctuation, currency, symbols, box drawing, CJK, emoji. Left out: IPA,
 * rare Latin and Cyrillic extensions, Armenian, Hebrew points, controls and
 * private use — what a chance byte pattern in real text decodes to.
 */
const PLAUSIBLE = new RegExp(
  '^[' +
    [
      '\u00a0-\u017f', // Latin-1 and Latin Extended-A
      '\u01a0\u01a1\u01af\u01b0\u01c4-\u01dc\u01f1-\u01f3\u0218-\u021b', // Vietnamese, pinyin, digraphs, Romanian
      '\u02c6-\u02dd', // spacing accents
      '\u0384-\u03ce', // Greek
      '\u0401-\u045f\u0490\u0491', // Cyrillic
      '\u05be\u05d0-\u05ea\u05f3\u05f4', // Hebrew letters
      '\u060c-\u0652\u0660-\u066d\u0671-\u06d3\u06f0-\u06f9', // Arabic
      '\u0900-\u0dff\u0e01-\u0e5b', // Indic, Thai
      '\u1e00-\u1eff', // Latin Extended Additional (Vietnamese)
      '\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u23ff\u2460-\u27bf\u2800-\u28ff\u2b00-\u2bff', // punctuation and symbols
      '\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\ufe00-\ufe0f\uff01-\uffee', // CJK, variation selectors, fullwidth
      '\u{1f000}-\u{1faff}' // emoji
    ].join('') +
    ']$',
  'u'
)

/** Letters that exist but are rare enough (Esperanto, Maltese, Sami, archaic) to prove nothing. */
const RARE_LETTERS = new Set('ĈĉĊċĜĝĠġĤĥĦħĨĩĬĭĲĳĴĵĸĿŀŉŊŋŎŏŜŝŦŧŨũŬŭŴŵŶŷſ')

/** Glyphs that never directly follow a letter in real text (after an accented letter they are mojibake). */
const NEVER_AFTER_LETTER = /[\u0080-\u009f¤¦¨¬¯¸¹ªºƒˆ˜‰†‡‚„]/

const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u

const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u]
]

function scriptOf(char: string): string {
  for (const [name, pattern] of SCRIPTS) if (pattern.test(char)) return name
  return 'other'
}

function isPlausible(decoded: string, sourceLength: number): boolean {
  // U+FFFD itself double-encoded ("ï¿½") is a real, if lossy, repair.
  if (decoded === '\ufffd') return sourceLength >= 3
  return PLAUSIBLE.test(decoded)
}

export interface Sequence {
  /** The characters as they stand in the text (2–4, or 1 with a restored no-break space). */
  source: string
  decoded: string
  /** Decoded neighbours: the characters just before and after the sequence ('' at the edges). */
  before: string
  after: string
  /** The character before `before` (to tell "Из" from "AHř"). */
  beforeBefore: string
  /** A space stood where the byte 0xA0 belonged ("voilÃ le"). */
  restored: boolean
  /** The code page is Windows-1252 (where `Â` + symbol decodes to that symbol). */
  windows1252: boolean
}

export function evidence(sequence: Sequence): number {
  const {source, decoded, before, after} = sequence
  const chars = Array.from(source)
  if (!isPlausible(decoded, chars.length)) return 0
  const letter = LETTER.test(decoded)
  if (letter) {
    const script = scriptOf(decoded)
    const clash = (neighbour: string) => LETTER.test(neighbour) && scriptOf(neighbour) !== script
    if (clash(before) || clash(after)) return 0
  }
  if (/\p{M}/u.test(decoded)) return LETTER.test(before) || /\p{N}/u.test(before) ? WEAK : 0
  if (chars.length >= 3 || chars.slice(1).some((char) => NEVER_AFTER_LETTER.test(char))) return STRONG
  if (sequence.windows1252 && chars[0] === 'Â' && chars[1] === decoded) return STRONG

  const second = chars[1] ?? ''
  // "Ã’s": a curly apostrophe before a letter is just an apostrophe.
  if ((second === '’' || second === "'") && LETTER.test(after)) return 0
  // A word followed by a no-break space is ordinary, except à (Ã + U+00A0), the commonest of all.
  if (second === '\u00a0' && chars[0] !== 'Ã') return 0
  if (sequence.restored) return FAIR
  if (!letter) return WEAK
  if (RARE_LETTERS.has(decoded)) return 0
  return caseFits(decoded, before, after, sequence.beforeBefore) ?? (chars[0] === 'Ã' && second === '\u00a0' ? FAIR : WEAK)
}

/**
 * FAIR when the decoded letter's case fits the letters next to it, 0 when it
 * clashes ("AHÅ™" → "AHř"), `undefined` without cased letters around.
 */
function caseFits(decoded: string, before: string, after: string, beforeBefore: string): number | undefined {
  if (!UPPER.test(decoded) && !LOWER.test(decoded)) {
    return LETTER.test(before) || LETTER.test(after) ? FAIR : undefined
  }
  if (!LETTER.test(before) && !LETTER.test(after)) return undefined
  if (LOWER.test(decoded)) {
    if (LOWER.test(before) || LOWER.test(after)) return FAIR
    // After the capital that starts a word ("Из"), not inside an all-capitals word.
    return UPPER.test(before) && !LETTER.test(beforeBefore) && beforeBefore !== UNKNOWN && !UPPER.test(after) && after !== UNKNOWN ? FAIR : 0
  }
  // Upper case: inside an all-capitals word, or starting a capitalised word.
  if (UPPER.test(before) || UPPER.test(after)) return FAIR
  return !LETTER.test(before) && LOWER.test(after) ? FAIR : 0
}
