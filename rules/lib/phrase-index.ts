/**
 * A word trie for matching thousands of multi-word phrases in one pass over
 * a document's words: at each word, walk the trie as far as the following
 * words allow and take the longest phrase that ends there. Cost per word is
 * one map look-up plus the length of the longest partial match.
 */
import {joins, type WordTokens} from './word-tokens.js'

interface Node<V> {
  next?: Map<string, Node<V>>
  value?: V
}

export interface PhraseMatch<V> {
  /** Index of the first and one past the last word. */
  first: number
  last: number
  value: V
}

export class PhraseIndex<V> {
  readonly #root = new Map<string, Node<V>>()
  #size = 0

  get size(): number {
    return this.#size
  }

  /** Add a phrase (lower-cased words); an existing phrase keeps its first value. */
  add(words: readonly string[], value: V): void {
    if (words.length === 0) return
    let level = this.#root
    let node: Node<V> | undefined
    for (const word of words) {
      node = level.get(word)
      if (!node) {
        node = {}
        level.set(word, node)
      }
      level = node.next ??= new Map()
    }
    if (node!.value === undefined) {
      node!.value = value
      this.#size++
    }
  }

  /**
   * Every non-overlapping longest match, left to right. Words must be joined
   * by text that `joins` accepts under `stop`.
   */
  *matches(text: string, tokens: WordTokens, stop: RegExp): Generator<PhraseMatch<V>> {
    const {starts, ends, lower} = tokens
    const count = lower.length
    let index = 0
    while (index < count) {
      let node = this.#root.get(lower[index])
      let best: PhraseMatch<V> | undefined
      let cursor = index
      while (node) {
        if (node.value !== undefined) best = {first: index, last: cursor + 1, value: node.value}
        const following = cursor + 1
        if (!node.next || following >= count || !joins(text, ends[cursor], starts[following], stop)) break
        node = node.next.get(lower[following])
        cursor = following
      }
      if (best) {
        yield best
        index = best.last
      } else {
        index++
      }
    }
  }
}
