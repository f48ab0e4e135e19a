/**
 * Part-of-speech tags from the `pos` package (Brill's transformation-based
 * tagger with his lexicon, the tagger under retext-pos). The 4 MB lexicon is
 * read (as JSON) on first use, a fraction of a second, so rules call this
 * only for the few sentences a cheap raw-text test has singled out.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

interface Tagger {
  tag(words: string[]): Array<[string, string]>
}

type Lexicon = Record<string, string[] | undefined>

let loaded: {tagger: Tagger; lexer: {lex(text: string): string[]}; lexicon: Lexicon} | undefined

/**
 * The lexicon is a 4 MB JavaScript object literal; compiling it as a module
 * takes several times longer than reading it as JSON (which it is, but for
 * `\'` escapes). The tagger is built around it without requiring it again.
 */
function load() {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    const source = readFileSync(require.resolve('pos/lexicon'), 'utf8')
    const lexicon = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1).replace(/\\'/g, "'")) as Lexicon
    const Tagger = require('pos/POSTagger') as {prototype: Tagger}
    const tagger = Object.assign(Object.create(Tagger.prototype) as Tagger, {lexicon})
    const Lexer = require('pos/lexer') as new () => {lex(text: string): string[]}
    loaded = {tagger, lexer: new Lexer(), lexicon}
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
  const {lexicon} = load()
  const own = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined
  if (own) return own
  const lower = word.toLowerCase()
  return (Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined) ?? []
}
