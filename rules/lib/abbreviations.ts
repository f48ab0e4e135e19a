/**
 * Short forms written with a final period that does not end a sentence
 * (`etc.`, `Mr.`, `Jan.`), shared by the rules that must tell an
 * abbreviation's period from a sentence end.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'etc inc ltd co corp jr sr st dr mr mrs ms prof vs no nos approx dept gov sen rep gen col lt sgt capt mt ft jan feb mar apr jun jul aug sep sept oct nov dec al ed eds vol pp fig ca cf ibid esq bros'.split(' ')
)

/** Whether `word` (without its period) is a known short form, in any case. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase())
}
