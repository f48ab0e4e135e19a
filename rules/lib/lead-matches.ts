/**
 * Matching a pattern whose every match starts with a fixed string (`&`,
 * `<`, `[`, `-`). Finding that string with `indexOf` is many times faster
 * than a pattern scanning the text for itself (V8 searches plain strings
 * with a fast string search but steps through the text one character at a
 * time for anything else), and on most texts it is rare or absent, so the
 * pattern runs only where it can match.
 */

/**
 * The matches of `sticky` (a pattern with the `y` flag, never matching the
 * empty string, every match starting with `lead`, and with one of
 * `followers` after it when they are given) from `from` on: the same matches,
 * in the same order, as `text.matchAll` with the pattern made global.
 * `followers` spare the pattern a try at each lead where text is dense with
 * them (a rule of `-----`).
 */
export function* leadMatches(text: string, lead: string, sticky: RegExp, from = 0, followers?: string): Generator<RegExpExecArray> {
  for (let index = text.indexOf(lead, from); index !== -1; ) {
    const follower = text[index + lead.length]
    if (followers !== undefined && (follower === undefined || !followers.includes(follower))) {
      // In a run of the lead character each one is followed by the next: go on from the last.
      let next = index + 1
      if (follower === lead) while (text[next + 1] === lead) next++
      index = text.indexOf(lead, next)
      continue
    }
    sticky.lastIndex = index
    const match = sticky.exec(text)
    // After a match the search goes on past it, as a global pattern's would.
    const next = match ? index + match[0].length : index + 1
    if (match) yield match
    index = text.indexOf(lead, next)
  }
}
