/**
 * English spelling dictionaries (Hunspell en_US and en_GB), shared by every
 * rule that must know whether a string is a real word. nspell reads a
 * dictionary by expanding every affix rule, ~0.3 CPU-s each, which every
 * process and every corpus worker paid on the first question. So the build
 * writes, per dictionary, the table that nspell's `correct` consults (each
 * word with the flags it looks at, the compound rules, the input
 * conversions; `scripts/dictionary-tables.ts`), its words sorted, and this
 * module searches that text (`WordLines`: no map of 123,000 words to build,
 * ~60 ms for both dictionaries where the maps took ~0.2 s and 20 MB) and
 * answers as nspell's `correct` does. Without a table (no build,
 * or a dictionary package changed since) it asks nspell for the same table.
 * `test/rules/dictionary.test.ts` checks the answers against nspell itself.
 */
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import nspell from 'nspell'
import {byCodeUnits, joinWordLines, WORD_LINES_FORMAT, WordLines} from './sorted-lines.js'
import {TABLE_DIRECTORY} from './table-directory.js'

/** The dictionary packages, in the order they are asked. */
export const DICTIONARIES = ['dictionary-en', 'dictionary-en-gb'] as const

export {TABLE_DIRECTORY} from './table-directory.js'

/** What nspell's `correct` reads of a word's flags. */
const ONLY_IN_COMPOUND = 1
const FORBIDDEN = 2
const KEEP_CASE = 4

/** Every word nspell knows, with the flags `correct` looks at (0: none); undefined for any other string. */
export interface WordFlags {
  get(word: string): number | undefined
}

export interface WordTable {
  words: WordFlags
  compoundMin: number
  compoundRules: RegExp[]
  /** ICONV: replacements made before a word is looked up (`’` → `'`). */
  conversionIn: Array<[RegExp, string]>
}

interface Speller {
  data: Record<string, string[]>
  flags: Record<string, unknown>
  compoundRules: RegExp[]
  conversion: {in: Array<[RegExp, string]>}
}

/** The files of a dictionary package (it exports only its loader; the data sit beside it). */
export function dictionaryFiles(name: string): {aff: Buffer; dic: Buffer} {
  const {aff, dic} = dictionaryPaths(name)
  return {aff: readFileSync(aff), dic: readFileSync(dic)}
}

function dictionaryPaths(name: string): {aff: string; dic: string; manifest: string} {
  const directory = path.dirname(createRequire(import.meta.url).resolve(name))
  return {aff: path.join(directory, 'index.aff'), dic: path.join(directory, 'index.dic'), manifest: path.join(directory, 'package.json')}
}

/**
 * The table's file for the installed dictionary package: named by its
 * version and its files' sizes, so an updated package is never read from an
 * old table (reading and hashing the 1.3 MB of dictionary files took every
 * process ~15 ms before its table), and by the format (`WORD_LINES_FORMAT`).
 */
export function tableFile(name: string): string {
  const {aff, dic, manifest} = dictionaryPaths(name)
  const {version} = JSON.parse(readFileSync(manifest, 'utf8')) as {version: string}
  return path.join(TABLE_DIRECTORY, `${name}-${version}-${statSync(aff).size}-${statSync(dic).size}-${WORD_LINES_FORMAT}.txt`)
}

/** The table of a dictionary, from nspell (slow: for the build, and when there is no table). */
export function buildTable(files: {aff: Buffer; dic: Buffer}): WordTable & {words: Map<string, number>} {
  const speller = nspell(files) as unknown as Speller
  const has = (codes: string[], name: string) => name in speller.flags && codes.indexOf(speller.flags[name] as string) > -1
  const words = new Map<string, number>()
  for (const word in speller.data) {
    const codes = speller.data[word]
    words.set(word, (has(codes, 'ONLYINCOMPOUND') ? ONLY_IN_COMPOUND : 0) | (has(codes, 'FORBIDDENWORD') ? FORBIDDEN : 0) | (has(codes, 'KEEPCASE') ? KEEP_CASE : 0))
  }
  return {words, compoundMin: speller.flags.COMPOUNDMIN as number, compoundRules: speller.compoundRules, conversionIn: speller.conversion.in}
}

/** A table as text: a JSON header line, then one word a line (with its flags after a tab when it has any), sorted by code units (`joinWordLines`). */
export function serialiseTable(table: WordTable & {words: Map<string, number>}): string {
  const header = {
    compoundMin: table.compoundMin,
    compoundRules: table.compoundRules.map((rule) => [rule.source, rule.flags]),
    conversionIn: table.conversionIn.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement])
  }
  const lines: string[] = []
  for (const word of [...table.words.keys()].sort(byCodeUnits)) {
    const flags = table.words.get(word)!
    if (/[\t\n\r\0]/.test(word)) throw new Error(`dictionary word with a tab, line break or NUL: ${JSON.stringify(word)}`)
    lines.push(flags === 0 ? word : `${word}\t${flags}`)
  }
  return JSON.stringify(header) + '\n' + joinWordLines(lines) + '\n'
}

/** A table file's bytes, read back. */
export function parseTable(bytes: Buffer): WordTable {
  const newline = bytes.indexOf(10)
  const header = JSON.parse(bytes.toString('utf8', 0, newline)) as {compoundMin: number; compoundRules: Array<[string, string]>; conversionIn: Array<[string, string, string]>}
  const lines = new WordLines(bytes.subarray(newline + 1))
  return {
    words: {
      get(word) {
        const flags = lines.get(word)
        return flags === undefined ? undefined : flags === '' ? 0 : Number(flags)
      }
    },
    compoundMin: header.compoundMin,
    compoundRules: header.compoundRules.map(([source, flags]) => new RegExp(source, flags)),
    conversionIn: header.conversionIn.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement])
  }
}

/** A dictionary's table: the build's when it matches the installed package, else nspell's. */
function loadTable(name: string): WordTable {
  try {
    return parseTable(readFileSync(tableFile(name)))
  } catch {
    // No table, or a damaged one: nspell's, slowly.
    return buildTable(dictionaryFiles(name))
  }
}

/** Whether `word` is correct in `table`, as nspell's `correct` decides (its `form`, `exact` and `flag`). */
export function correctIn(table: WordTable, value: string): boolean {
  let normal = value.trim()
  if (normal === '') return false
  for (const [pattern, replacement] of table.conversionIn) normal = normal.replace(pattern, replacement)
  if (exact(table, normal)) return normal !== '' && !((table.words.get(normal) ?? 0) & FORBIDDEN)
  // A shouted word may be a capitalised one ("SEPTEMBER"), any word a lower-case one; not one kept in its case.
  if (normal.toUpperCase() === normal) {
    const capitalised = normal.charAt(0) + normal.slice(1).toLowerCase()
    if ((table.words.get(capitalised) ?? 0) & (KEEP_CASE | FORBIDDEN)) return false
    if (exact(table, capitalised)) return true
  }
  const lower = normal.toLowerCase()
  if (lower !== normal) {
    if ((table.words.get(lower) ?? 0) & (KEEP_CASE | FORBIDDEN)) return false
    if (exact(table, lower)) return true
  }
  return false
}

function exact(table: WordTable, value: string): boolean {
  const flags = table.words.get(value)
  if (flags !== undefined) return !(flags & ONLY_IN_COMPOUND)
  if (value.length >= table.compoundMin) {
    for (const rule of table.compoundRules) if (rule.test(value)) return true
  }
  return false
}

let tables: WordTable[] | undefined

function load(): WordTable[] {
  tables ??= DICTIONARIES.map(loadTable)
  return tables
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
    known = load().some((table) => correctIn(table, normalised))
    // Bounded: a text that repeats one odd token thousands of times asks about few words; a huge varied one starts over.
    if (answers.size >= MAX_ANSWERS) answers.clear()
    answers.set(word, known)
  }
  return known
}

/** Answers already given: rules ask about the same words again. */
const answers = new Map<string, boolean>()
const MAX_ANSWERS = 50_000

/** Whether `word` is a dictionary word in some casing (`beijing` → `Beijing`). */
export function isKnownWord(word: string): boolean {
  if (isWord(word)) return true
  const lower = word.toLowerCase()
  return isWord(lower) || isWord(lower[0].toUpperCase() + lower.slice(1))
}
