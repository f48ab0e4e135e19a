/**
 * A cheap signature of a line that proves two lines differ without building
 * their compared forms. It hashes the first and last `SIGNATURE_CHARS` ASCII
 * letters and digits (lower-cased) of `text[start, end)` and skips every
 * other character, so two lines have the same signature whenever their
 * compared forms are equal, for any form that lower-cases the text and then
 * only drops, replaces or collapses characters that are not ASCII letters or
 * digits (the repeat key of the score, `duplicate-content`'s normal form).
 * Lower-casing maps only `İ` and the Kelvin sign from outside ASCII to ASCII
 * letters; both are read as those letters.
 */

/** Letters and digits read from each end of a line: few, lines that share both ends are rare. */
const SIGNATURE_CHARS = 16

const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 16777619

export function lineSignature(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET
  let taken = 0
  let index = start
  for (; index < end && taken < SIGNATURE_CHARS; index++) {
    const folded = asciiAlphanumeric(text.charCodeAt(index))
    if (folded !== 0) {
      hash = Math.imul(hash ^ folded, FNV_PRIME)
      taken++
    }
  }
  // The end, read backwards (from where the forward read stopped at the latest: a deterministic split).
  hash = Math.imul(hash ^ 1, FNV_PRIME)
  taken = 0
  for (let back = end - 1; back >= index && taken < SIGNATURE_CHARS; back--) {
    const folded = asciiAlphanumeric(text.charCodeAt(back))
    if (folded !== 0) {
      hash = Math.imul(hash ^ folded, FNV_PRIME)
      taken++
    }
  }
  return hash
}

/**
 * 1 for each line taken (`taken(index)`) whose signature another taken line
 * shares, 0 for the rest: only these lines can have a compared form equal to
 * another's, so only they need one built.
 */
export function linesSharingSignature(
  text: string,
  lines: ReadonlyArray<{start: number; end: number}>,
  taken: (index: number) => boolean
): Uint8Array {
  const signatures = new Int32Array(lines.length)
  const counts = new Map<number, number>()
  for (let index = 0; index < lines.length; index++) {
    if (!taken(index)) continue
    // Kept to 30 bits: small integers are cheap Map keys.
    const signature = lineSignature(text, lines[index].start, lines[index].end) & 0x3fffffff
    signatures[index] = signature
    counts.set(signature, (counts.get(signature) ?? 0) + 1)
  }
  const shared = new Uint8Array(lines.length)
  for (let index = 0; index < lines.length; index++) {
    if (taken(index) && counts.get(signatures[index])! > 1) shared[index] = 1
  }
  return shared
}

/** The lower-case ASCII letter or digit that `code` lower-cases to, or 0. */
function asciiAlphanumeric(code: number): number {
  if (code < 128) return ASCII_ALPHANUMERIC[code]
  return code === 0x130 ? 105 : code === 0x212a ? 107 : 0
}

const ASCII_ALPHANUMERIC = new Uint8Array(128)
for (let code = 48; code < 123; code++) {
  const folded = code >= 65 && code <= 90 ? code + 32 : code
  if ((folded >= 48 && folded <= 57) || (folded >= 97 && folded <= 122)) ASCII_ALPHANUMERIC[code] = folded
}
