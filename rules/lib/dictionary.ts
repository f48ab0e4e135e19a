/**
 * English spelling dictionaries (Hunspell en_US and en_GB, via nspell),
 * shared by every rule that must know whether a string is a real word.
 * Loaded synchronously on first use (~0.2 s), so rules that never ask pay
 * nothing and start-up stays fast.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import nspell from 'nspell'

type Speller = ReturnType<typeof nspell>

let spellers: Speller[] | undefined

function load(): Speller[] {
  if (!spellers) {
    const require = createRequire(import.meta.url)
    spellers = ['dictionary-en', 'dictionary-en-gb'].map((name) => {
      // The packages export only their loader; the data files sit beside it.
      const directory = path.dirname(require.resolve(name))
      const read = (file: string) => readFileSync(path.join(directory, file))
      return nspell({aff: read('index.aff'), dic: read('index.dic')})
    })
  }
  return spellers
}

/**
 * Whether `word` is spelled as a dictionary word, with Hunspell's case rules:
 * `September` and `SEPTEMBER` are words, `september` is not; `there`,
 * `There` and `THERE` all are.
 */
export function isWord(word: string): boolean {
  if (word.length === 0) return false
  let known = answers.get(word)
  if (known === undefined) {
    const normalised = word.replace(/’/g, "'")
    known = load().some((speller) => speller.correct(normalised))
    // Bounded: a text that repeats one odd token thousands of times asks about few words; a huge varied one starts over.
    if (answers.size >= MAX_ANSWERS) answers.clear()
    answers.set(word, known)
  }
  return known
}

/** Answers already given: a Hunspell look-up costs tens of microseconds, and rules ask about the same words again. */
const answers = new Map<string, boolean>()
const MAX_ANSWERS = 50_000

/** Whether `word` is a dictionary word in some casing (`beijing` → `Beijing`). */
export function isKnownWord(word: string): boolean {
  if (isWord(word)) return true
  const lower = word.toLowerCase()
  return isWord(lower) || isWord(lower[0].toUpperCase() + lower.slice(1))
}
