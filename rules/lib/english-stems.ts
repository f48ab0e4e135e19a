/**
 * A fast "is this an English word?" for hot paths: the stems of the Hunspell
 * en_US dictionary (`dictionary-en`'s word list, without its affix rules) as
 * a set of word hashes, with common inflections stripped before the look-up.
 * Loading takes milliseconds, where the full speller (`dictionary.ts`) takes
 * a fifth of a second; the price is an approximate answer, fine for judging
 * what share of a sentence is English.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {hashRange, hashWord} from './word-tokens.js'

let stems: Set<number> | undefined

function load(): Set<number> {
  if (!stems) {
    const require = createRequire(import.meta.url)
    const file = path.join(path.dirname(require.resolve('dictionary-en')), 'index.dic')
    stems = new Set()
    // One pass over the file (its first line is the word count); each line is `word` or `word/FLAGS`.
    const text = readFileSync(file, 'utf8')
    for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length; ) {
      const newline = text.indexOf('\n', start)
      const end = newline < 0 ? text.length : newline
      let wordEnd = start
      while (wordEnd < end && text.charCodeAt(wordEnd) !== SLASH && !isSpace(text.charCodeAt(wordEnd))) wordEnd++
      if (wordEnd > start) stems.add(hashRange(text, start, wordEnd))
      start = end + 1
    }
  }
  return stems
}

const SLASH = 0x2f

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d
}

const INFLECTION = /(?:'s|s|es|ed|d|ing|ly|er|est|ies|ied)$/

/** Whether a lower-case word is an English dictionary stem, or one with a common inflection. */
export function isEnglishStem(word: string): boolean {
  const known = load()
  if (known.has(hashWord(word))) return true
  const match = INFLECTION.exec(word)
  if (!match) return false
  const stem = word.slice(0, match.index)
  return known.has(hashWord(stem)) || known.has(hashWord(stem + 'e')) || (/^ie[sd]$/.test(match[0]) && known.has(hashWord(stem + 'y')))
}
