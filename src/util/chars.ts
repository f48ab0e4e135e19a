/**
 * Character classes by code, for loops over a text's character codes: a
 * regular expression run on each character costs far more than a table
 * look-up, and hot scans (line keys, word counts, blank tests) take every
 * character of every document.
 */

/** JavaScript's white space and line terminators: what `\s` matches and `trim` removes. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0xa0) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Whether every character of the text is ASCII (the cue for a rule's one-pass ASCII path). */
export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 128) return false
  return true
}

/** Bits of `charClass`: Unicode general categories. */
export const LETTER = 1
export const MARK = 2
export const NUMBER = 4
export const UPPER = 8
export const LOWER = 16

/** Classes by BMP code unit, filled on first sight (bit 7: known). */
const classes = new Uint8Array(0x10000)
const KNOWN = 128

/**
 * The classes of a code point: `\p{L}`, `\p{M}`, `\p{N}`, `\p{Lu}`, `\p{Ll}`.
 * A lone surrogate has none. BMP answers are remembered; the rare astral
 * ones are worked out each time.
 */
export function charClass(code: number): number {
  if (code > 0xffff) return classify(String.fromCodePoint(code))
  const known = classes[code]
  if (known !== 0) return known & ~KNOWN
  const kind = code >= 0xd800 && code <= 0xdfff ? 0 : classify(String.fromCharCode(code))
  classes[code] = kind | KNOWN
  return kind
}

function classify(char: string): number {
  return (
    (IS_LETTER.test(char) ? LETTER : 0) |
    (IS_MARK.test(char) ? MARK : 0) |
    (IS_NUMBER.test(char) ? NUMBER : 0) |
    (IS_UPPER.test(char) ? UPPER : 0) |
    (IS_LOWER.test(char) ? LOWER : 0)
  )
}

const IS_LETTER = /^\p{L}$/u
const IS_MARK = /^\p{M}$/u
const IS_NUMBER = /^\p{N}$/u
const IS_UPPER = /^\p{Lu}$/u
const IS_LOWER = /^\p{Ll}$/u
