/**
 * Part-of-speech tags from the `pos` package (Brill's transformation-based
 * tagger with his lexicon, the tagger under retext-pos). Rules call this only
 * for the few sentences a cheap raw-text test has singled out.
 *
 * The lexicon (92,000 words, a 4 MB object literal) is not built as an
 * object: that took a quarter of a second and ~25 MB of heap in every
 * process and corpus worker that tagged a sentence. The build writes it as
 * sorted `word<TAB>tags` lines (`scripts/dictionary-tables.ts`); a look-up
 * is a binary search over those lines, and the tagger reads the lexicon
 * through a proxy that looks words up. Without the build's file the same
 * lines are made from the package's lexicon.
 */
import {Buffer} from 'node:buffer'
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {byCodeUnits, joinWordLines, WORD_LINES_FORMAT, WordLines} from './sorted-lines.js'
import {TABLE_DIRECTORY} from './table-directory.js'

interface Tagger {
  tag(words: string[]): Array<[string, string]>
}

type Lexicon = Record<string, string[] | undefined>

const require = createRequire(import.meta.url)

/** The table's file, named by the package's version, the lexicon's size (reading the 4 MB to hash it would cost what the file saves) and the format. */
export function lexiconTableFile(): string {
  const {version} = require('pos/package.json') as {version: string}
  return path.join(TABLE_DIRECTORY, `pos-lexicon-${version}-${statSync(require.resolve('pos/lexicon')).size}-${WORD_LINES_FORMAT}.txt`)
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
  const words = Object.keys(lexicon).sort(byCodeUnits)
  return joinWordLines(
    words.map((word) => {
      const tags = lexicon[word]
      if (/[\t\n\r\0]/.test(word) || tags.some((tag) => /[\s]/.test(tag))) throw new Error(`pos lexicon: entry with a tab, line break, NUL or space: ${JSON.stringify(word)}`)
      return `${word}\t${tags.join(' ')}`
    })
  )
}

/** The tags of each word of the lexicon, from its sorted lines. */
export class LexiconTable {
  readonly #lines: WordLines

  constructor(bytes: Uint8Array) {
    this.#lines = new WordLines(bytes)
  }

  /** The tags of `word` exactly as written, or undefined. */
  tags(word: string): string[] | undefined {
    const tags = this.#lines.get(word)
    // One word has an empty list in the lexicon.
    return tags === undefined ? undefined : tags === '' ? [] : tags.split(' ')
  }
}

let loaded: {tagger: Tagger; lexer: {lex(text: string): string[]}; table: LexiconTable} | undefined

function load() {
  if (!loaded) {
    const table = readLexiconTable()
    // The tagger reads `lexicon[word]` and treats anything but an array as unknown.
    const lexicon = new Proxy({} as Lexicon, {get: (_target, key) => (typeof key === 'string' ? table.tags(key) : undefined)})
    const Tagger = require('pos/POSTagger') as {prototype: Tagger}
    const tagger = Object.assign(Object.create(Tagger.prototype) as Tagger, {lexicon})
    const Lexer = require('pos/lexer') as new () => {lex(text: string): string[]}
    loaded = {tagger, lexer: new Lexer(), table}
  }
  return loaded
}

/** The build's table, or (without one, or with a damaged one) the same lines made from the package. */
function readLexiconTable(): LexiconTable {
  try {
    return new LexiconTable(readFileSync(lexiconTableFile()))
  } catch {
    return new LexiconTable(Buffer.from(serialiseLexicon()))
  }
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
