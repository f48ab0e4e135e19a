/**
 * The words of a short line as written: runs of non-space holding a letter or
 * a digit (a lone dash or bullet is not a word). For the few candidate lines
 * a rule looks at closely; whole documents go through `word-tokens.ts`.
 */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u

export function lineWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => HAS_WORD_CHARACTER.test(word))
}
