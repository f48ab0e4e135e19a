/**
 * Document-level figures reported with each file: word count and findings
 * per category (count and density per 1,000 words). Quality scoring and the
 * machine-translation damage signal build on these.
 */
import type {Category, ScrapelintMessage} from './types.js'

export interface CategoryStats {
  count: number
  per1000Words: number
}

export interface DocumentStats {
  words: number
  categories: Partial<Record<Category, CategoryStats>>
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu

export function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(WORD)) count++
  return count
}

export function documentStats(text: string, messages: readonly ScrapelintMessage[]): DocumentStats {
  const words = countWords(text)
  const counts = new Map<Category, number>()
  for (const message of messages) counts.set(message.category, (counts.get(message.category) ?? 0) + 1)
  const categories: DocumentStats['categories'] = {}
  for (const [category, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    categories[category] = {count, per1000Words: words === 0 ? 0 : Math.round((count / words) * 1000 * 1000) / 1000}
  }
  return {words, categories}
}
