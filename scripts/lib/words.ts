/** Word counting shared by evaluation and scoring scripts. */
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu

export function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(WORD)) count++
  return count
}
