/**
 * A numbered section heading of a manual or a report: "9.10.1. Backing Up
 * with rsync", "13.4 Email". Its words are capitalised like a title, it may
 * repeat the opening of the paragraph below it, and its number is no counter.
 * At least two number parts, so a numbered list item ("1. Preheat the oven")
 * is not one, and a capital after the number ("3.5 million voted" is text).
 */
const NUMBERED_HEADING = /^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+[\p{Lu}(“"']/u
const TERMINAL = /[.!?]["'”’)]*\s*$/
const MAX_WORDS = 14

export function isNumberedHeading(line: string): boolean {
  if (!NUMBERED_HEADING.test(line) || TERMINAL.test(line)) return false
  let words = 0
  for (const _ of line.matchAll(/\S+/g)) if (++words > MAX_WORDS) return false
  return true
}
