/**
 * Looking for patterns that can only start at a non-ASCII character. On
 * English text a one-range scan for such characters is several times faster
 * than a pattern with large character classes scanning for itself, and most
 * positions it stops at (curly quotes, dashes) fail the pattern at once.
 */
const NON_ASCII = /[^\x00-\x7f]/g

/**
 * The first match of `sticky` (a pattern with the `y` flag whose every match
 * starts with a non-ASCII character) at or after `from`, or null.
 */
export function execAtNonAscii(text: string, sticky: RegExp, from = 0): RegExpExecArray | null {
  NON_ASCII.lastIndex = from
  for (let found = NON_ASCII.exec(text); found; found = NON_ASCII.exec(text)) {
    sticky.lastIndex = found.index
    const match = sticky.exec(text)
    if (match) return match
  }
  return null
}
