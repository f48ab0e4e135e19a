/**
 * The words of a short line as written: runs of non-space holding a letter or
 * a digit (a lone dash or bullet is not a word). For the few candidate lines
 * a rule looks at closely; whole documents go through `word-tokens.ts`.
 */
import {isAscii} from '../../src/util/chars.js'

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u

export function lineWords(text: string): string[] {
  return isAscii(text) ? asciiLineWords(text) : text.split(/\s+/).filter((word) => HAS_WORD_CHARACTER.test(word))
}

/** The same words for ASCII text, in one pass: white space is tab to carriage return and space, word characters are ASCII letters and digits. */
function asciiLineWords(text: string): string[] {
  const words: string[] = []
  let start = -1
  let wordCharacter = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32
    if (code === 32 || (code >= 9 && code <= 13)) {
      if (start >= 0 && wordCharacter) words.push(text.slice(start, index))
      start = -1
      continue
    }
    if (start < 0) {
      start = index
      wordCharacter = false
    }
    if (!wordCharacter) wordCharacter = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  }
  return words
}
