/**
 * Text for messages: characters that would not show (controls, no-break and
 * zero-width spaces, soft hyphens) are written as `[U+00A0]`.
 */
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g

export function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => `[U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`)
}

/** Text in backticks for a message, or "the character U+00A0" when it is one invisible character. */
export function shown(text: string): string {
  const written = visible(text)
  return /^\[U\+[0-9A-F]{4}\]$/.test(written) ? `the character ${written.slice(1, -1)}` : `\`${written}\``
}
