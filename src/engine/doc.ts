/**
 * The document as every rule sees it: the text, a line table and the blocks
 * the text is parsed in. Everything derived is computed once, on first use.
 */
import {location, type Location} from 'vfile-location'

export interface Line {
  /** 0-based line index. */
  index: number
  /** Offset of the first character. */
  start: number
  /** Offset just past the last character, line terminator excluded. */
  end: number
  /** Offset of the next line (after the terminator); equals `end` on the last line. */
  next: number
  text: string
}

/** A run of whole lines (or a piece of one very long line) parsed as one unit. */
export interface Block {
  start: number
  end: number
  text: string
}

/** Syntax of the file, from its name: rules may treat Markdown differently. */
export type DocFormat = 'text' | 'markdown' | 'html'

/**
 * Blocks are at most this long. parse-latin is quadratic in the size of one
 * paragraph, so parsing in bounded pieces keeps lint time linear.
 */
export const MAX_BLOCK = 4096

export class Doc {
  readonly text: string
  readonly format: DocFormat
  readonly path: string | undefined
  #lines: Line[] | undefined
  #blocks: Block[] | undefined
  #location: Location | undefined
  #eol: string | undefined
  #verbatim: Set<number> | undefined

  constructor(text: string, options: {path?: string; format?: DocFormat} = {}) {
    this.text = text
    this.path = options.path
    this.format = options.format ?? formatFromPath(options.path)
  }

  /** The dominant line terminator, used when a fix inserts a line break. */
  get eol(): string {
    if (this.#eol === undefined) this.#eol = detectEol(this.text)
    return this.#eol
  }

  get lines(): readonly Line[] {
    if (!this.#lines) this.#lines = splitLines(this.text)
    return this.#lines
  }

  get blocks(): readonly Block[] {
    if (!this.#blocks) this.#blocks = splitBlocks(this.text, this.lines)
    return this.#blocks
  }

  get location(): Location {
    if (!this.#location) this.#location = location(this.text)
    return this.#location
  }

  /**
   * Lines whose text is not prose: Markdown fenced or indented code and
   * table rows. Rules about spacing and sentences skip them.
   */
  get verbatimLines(): ReadonlySet<number> {
    if (!this.#verbatim) this.#verbatim = this.format === 'markdown' ? markdownVerbatimLines(this.lines) : new Set()
    return this.#verbatim
  }

  /** Whether `offset` lies on a verbatim (non-prose) line; cheap when there are none. */
  isVerbatim(offset: number): boolean {
    return this.verbatimLines.size > 0 && this.verbatimLines.has(this.lineAt(offset).index)
  }

  /** The line containing `offset` (binary search). */
  lineAt(offset: number): Line {
    const lines = this.lines
    let low = 0
    let high = lines.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lines[middle].start <= offset) low = middle
      else high = middle - 1
    }
    return lines[low]
  }
}

export function formatFromPath(path: string | undefined): DocFormat {
  if (!path) return 'text'
  const lower = path.toLowerCase()
  if (/\.(md|markdown|mdx|mkd)$/.test(lower)) return 'markdown'
  if (/\.(html?|xhtml)$/.test(lower)) return 'html'
  return 'text'
}

export function detectEol(text: string): string {
  let crlf = 0
  let lf = 0
  let cr = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (index > 0 && text.charCodeAt(index - 1) === 13) crlf++
    else lf++
  }
  if (crlf === 0 && lf === 0) {
    for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) cr++
    return cr > 0 ? '\r' : '\n'
  }
  return crlf > lf ? '\r\n' : '\n'
}

function markdownVerbatimLines(lines: readonly Line[]): Set<number> {
  const verbatim = new Set<number>()
  let fence: string | undefined
  let previousBlank = true
  for (const line of lines) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line.text)
    if (fence) {
      verbatim.add(line.index)
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined
    } else if (fenceMatch) {
      fence = fenceMatch[1]
      verbatim.add(line.index)
    } else if ((previousBlank && /^( {4}|\t)/.test(line.text)) || /^\s*\|.*\|\s*$/.test(line.text)) {
      verbatim.add(line.index)
    }
    previousBlank = line.text.trim() === '' || (previousBlank && verbatim.has(line.index))
  }
  return verbatim
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r\n|\n|\r/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    lines.push({index: lines.length, start, end: match.index, next: pattern.lastIndex, text: text.slice(start, match.index)})
    start = pattern.lastIndex
  }
  lines.push({index: lines.length, start, end: text.length, next: text.length, text: text.slice(start)})
  return lines
}

/**
 * Group whole lines into blocks of at most `MAX_BLOCK` characters, cutting at
 * blank lines where possible: parse-latin always ends a paragraph at a blank
 * line, so such cuts never change the parse (a single line break does not end
 * a sentence that lacks a full stop). A paragraph longer than the limit is cut
 * between lines, and a single longer line after a sentence end or at white
 * space, so no piece exceeds the limit.
 */
function splitBlocks(text: string, lines: readonly Line[]): Block[] {
  const blocks: Block[] = []
  let start = -1
  let end = -1
  const flush = () => {
    if (start !== -1 && end > start) blocks.push({start, end, text: text.slice(start, end)})
    start = -1
  }

  for (const line of lines) {
    const blank = line.text.trim() === ''
    if (blank) {
      // A blank line is a natural cut once the block has some size.
      if (start !== -1 && end - start >= MAX_BLOCK / 4) flush()
      continue
    }
    if (line.end - line.start > MAX_BLOCK) {
      flush()
      for (const piece of cutLongLine(text, line.start, line.end)) blocks.push(piece)
      continue
    }
    if (start !== -1 && line.end - start > MAX_BLOCK) flush()
    if (start === -1) start = line.start
    end = line.end
  }
  flush()
  return blocks
}

function cutLongLine(text: string, from: number, to: number): Block[] {
  const pieces: Block[] = []
  let start = from
  while (to - start > MAX_BLOCK) {
    const window = text.slice(start, start + MAX_BLOCK)
    let cut = -1
    // Prefer the last sentence end followed by white space in the window.
    const sentenceEnd = /[.!?…]["'”’)\]]*\s+/g
    let match: RegExpExecArray | null
    while ((match = sentenceEnd.exec(window))) {
      if (match.index + match[0].length < window.length) cut = match.index + match[0].length
    }
    if (cut < MAX_BLOCK / 4) {
      const space = window.lastIndexOf(' ')
      cut = space > MAX_BLOCK / 4 ? space + 1 : MAX_BLOCK
    }
    // Never split a surrogate pair.
    const code = text.charCodeAt(start + cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut++
    pieces.push({start, end: start + cut, text: text.slice(start, start + cut)})
    start += cut
  }
  if (to > start) pieces.push({start, end: to, text: text.slice(start, to)})
  return pieces
}
