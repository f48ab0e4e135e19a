/**
 * Part-of-speech tags from the `pos` package (Brill's transformation-based
 * tagger with his lexicon, the tagger under retext-pos). Rules call this only
 * for the few sentences a cheap raw-text test has singled out.
 *
 * The lexicon (92,000 words, a 4 MB object literal) is not built as an
 * object: that took a quarter of a second and ~20 MB of heap in every
 * process and corpus worker that tagged a sentence. The build writes it as
 * sorted `word<TAB>tags` lines (`scripts/dictionary-tables.ts`); a look-up
 * is a binary search over those lines, and the tagger reads the lexicon
 * through a proxy that looks words up. Without the build's file the same
 * lines are made from the package's lexicon.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {TABLE_DIRECTORY} from './table-directory.js'

interface Tagger {
  tag(words: string[]): Array<[string, string]>
}

type Lexicon = Record<string, string[] | undefined>

const require = createRequire(import.meta.url)

/** The table's file, named by the package's version and the lexicon's size (reading the 4 MB to hash it would cost what the file saves). */
export function lexiconTableFile(): string {
  const {version} = require('pos/package.json') as {version: string}
  return path.join(TABLE_DIRECTORY, `pos-lexicon-${version}-${statSync(require.resolve('pos/lexicon')).size}.txt`)
}

/**
 * The package's lexicon as sorted `word<TAB>tag tag…` lines (code-unit
 * order, as the binary search compares). The module is a JavaScript object
 * literal that is JSON but for `\'` escapes; reading it as JSON is several
 * times faster than compiling it.
 */
export function serialiseLexicon(): string {
  const source = readFileSync(require.resolve('pos/lexicon'), 'utf8')
  const lexicon = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1).replace(/\\'/g, "'")) as Record<string, string[]>
  const words = Object.keys(lexicon).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return words
    .map((word) => {
      const tags = lexicon[word]
      if (/[\t\n\r]/.test(word) || tags.some((tag) => /[\s]/.test(tag))) throw new Error(`pos lexicon: entry with a tab, line break or space: ${JSON.stringify(word)}`)
      return `${word}\t${tags.join(' ')}`
    })
    .join('\n')
}

/** Sorted `word<TAB>tags` lines, looked up by binary search. */
export class LexiconTable {
  readonly #text: string
  /** Where each line starts, and (one past the last) where the text ends plus one. */
  readonly #starts: Int32Array

  constructor(text: string) {
    this.#text = text
    let count = 1
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
    const starts = new Int32Array(count + 1)
    let line = 1
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts[line++] = index + 1
    starts[count] = text.length + 1
    this.#starts = starts
  }

  /** The tags of `word` exactly as written, or undefined. */
  tags(word: string): string[] | undefined {
    const text = this.#text
    let low = 0
    let high = this.#starts.length - 2
    while (low <= high) {
      const middle = (low + high) >>> 1
      const start = this.#starts[middle]
      const order = compareKey(text, start, word)
      if (order === 0) {
        const tags = text.slice(start + word.length + 1, this.#starts[middle + 1] - 1)
        // One word has an empty list in the lexicon.
        return tags === '' ? [] : tags.split(' ')
      }
      if (order < 0) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }
}

/** The order of the key of the line at `start` (up to its tab) against `word`, by code units. */
function compareKey(text: string, start: number, word: string): number {
  for (let offset = 0; ; offset++) {
    const code = text.charCodeAt(start + offset)
    const keyEnded = code === 9
    if (offset === word.length) return keyEnded ? 0 : 1
    if (keyEnded) return -1
    const other = word.charCodeAt(offset)
    if (code !== other) return code < other ? -1 : 1
  }
}

let loaded: {tagger: Tagger; lexer: {lex(text: string): string[]}; table: LexiconTable} | undefined

function load() {
  if (!loaded) {
    const file = lexiconTableFile()
    const table = new LexiconTable(existsSync(file) ? readFileSync(file, 'utf8') : serialiseLexicon())
    // The tagger reads `lexicon[word]` and treats anything but an array as unknown.
    const lexicon = new Proxy({} as Lexicon, {get: (_target, key) => (typeof key === 'string' ? table.tags(key) : undefined)})
    const Tagger = require('pos/POSTagger') as {prototype: Tagger}
    const tagger = Object.assign(Object.create(Tagger.prototype) as Tagger, {lexicon})
    const Lexer = require('pos/lexer') as new () => {lex(text: string): string[]}
    loaded = {tagger, lexer: new Lexer(), table}
  }
  return loaded
}

export interface TaggedWord {
  word: string
  tag: string
}

/** Words and punctuation of `text` with their most likely tags in context (Penn Treebank tag set). */
export function tagText(text: string): TaggedWord[] {
  const {tagger, lexer} = load()
  return tagger.tag(lexer.lex(text)).map(([word, tag]) => ({word, tag}))
}

/** Every tag the lexicon allows for `word` (as written, else in lower case); empty when unknown. */
export function possibleTags(word: string): readonly string[] {
  const {table} = load()
  return table.tags(word) ?? table.tags(word.toLowerCase()) ?? []
}
