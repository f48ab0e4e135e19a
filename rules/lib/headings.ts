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

/**
 * A book's or a manual's numbered division: "Chapter 12", "Part II", "Letter
 * Four". Files of one book each have their own, and the same line when
 * numbers are ignored (as when lines are counted across files).
 */
const DIVISION_HEADING = /^(?:chapter|part|section|book|volume|act|scene|lesson|step|appendix|letter)\s+(?:\d+|[ivxlcdm]+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i

/** A sentence ends in a word and a full stop; "Chapter 12." does not. */
const SENTENCE_END = /\p{Ll}[.!?]["'”’)]*\s*$/u

export function isDivisionHeading(line: string): boolean {
  return DIVISION_HEADING.test(line) && !SENTENCE_END.test(line)
}
