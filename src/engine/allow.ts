/**
 * `allow`: terms never flagged (brand names, house spellings). A finding is
 * dropped when its text is an allowed term, or lies inside an occurrence of
 * one in the document — whichever rule reported it.
 */
import {lastIndexWhere} from '../util/bisect.js'
import type {ScrapelintMessage} from './types.js'

const WORD_CHAR = /[\p{L}\p{N}]/u

export function dropAllowed(text: string, messages: readonly ScrapelintMessage[], terms: readonly string[]): ScrapelintMessage[] {
  if (messages.length === 0 || terms.length === 0) return [...messages]
  const allowed = new Set(terms)
  const spans = occurrences(text, terms)
  // Running maximum of span ends: some span starting at or before `start` covers `end` iff this reaches it.
  const reach: number[] = []
  for (const [index, span] of spans.entries()) reach.push(Math.max(span[1], index > 0 ? reach[index - 1] : 0))
  return messages.filter((message) => {
    if (typeof message.actual === 'string' && allowed.has(message.actual.trim())) return false
    const [start, end] = trimRange(text, message.range)
    const last = lastIndexWhere(spans.length, (index) => spans[index][0] <= start)
    return !(last !== -1 && reach[last] >= end)
  })
}

/** Occurrences of the terms that are not glued to a letter or digit on either side, sorted by start. */
function occurrences(text: string, terms: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const term of terms) {
    if (!term) continue
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      const end = at + term.length
      const gluedBefore = WORD_CHAR.test(term[0]) && at > 0 && WORD_CHAR.test(text[at - 1])
      const gluedAfter = WORD_CHAR.test(term[term.length - 1]) && end < text.length && WORD_CHAR.test(text[end])
      if (!gluedBefore && !gluedAfter) spans.push([at, end])
    }
  }
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
}

/** A finding's range without the white space around it (a deleted line carries its line break). */
function trimRange(text: string, [start, end]: [number, number]): [number, number] {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return [start, end]
}
