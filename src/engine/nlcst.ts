/**
 * Parsing blocks with retext-english, and a flat view of the resulting tree
 * (sentences of tokens with document offsets) that tree rules share.
 */
import type {Root, Sentence as SentenceNode, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Block} from './doc.js'

const englishParser = unified().use(retextEnglish).freeze()

/** How many blocks were parsed: lets tests check that tree-free rules never parse. */
export const parseStats = {blocks: 0}

/** Parse one block; positions in the tree are relative to the block. */
export function parseBlock(block: Block): Root {
  parseStats.blocks++
  return englishParser.parse(block.text) as Root
}

export type TokenType = SentenceContent['type']

export interface Token {
  type: TokenType
  value: string
  /** Document offsets. */
  start: number
  end: number
}

export interface Sentence {
  start: number
  end: number
  tokens: Token[]
  node: SentenceNode
}

const sentenceCache = new WeakMap<Root, Sentence[]>()

/**
 * Every sentence of a block as a list of tokens with document offsets.
 * Computed once per tree and shared by all rules.
 */
export function sentencesOf(tree: Root, block: Block): Sentence[] {
  const cached = sentenceCache.get(tree)
  if (cached) return cached
  const result: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const tokens: Token[] = []
      for (const child of sentence.children) {
        if (!child.position) continue
        tokens.push({
          type: child.type,
          value: child.type === 'WordNode' ? toString(child) : 'value' in child ? child.value : toString(child),
          start: block.start + (child.position.start.offset ?? 0),
          end: block.start + (child.position.end.offset ?? 0)
        })
      }
      result.push({
        start: block.start + (sentence.position.start.offset ?? 0),
        end: block.start + (sentence.position.end.offset ?? 0),
        tokens,
        node: sentence
      })
    }
  }
  sentenceCache.set(tree, result)
  return result
}
