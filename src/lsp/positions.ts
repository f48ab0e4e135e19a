/**
 * Offsets (UTF-16 code units, the engine's unit) ↔ LSP positions in the
 * negotiated encoding: UTF-16 (the LSP default), UTF-8 or UTF-32.
 */
import type {Position, Range} from 'vscode-languageserver'
import type {Doc} from '../engine/doc.js'

export type PositionEncoding = 'utf-16' | 'utf-8' | 'utf-32'

/** The server's choice among what the client offers: UTF-16 unless the client prefers another we support. */
export function negotiateEncoding(offered: readonly string[] | undefined): PositionEncoding {
  for (const encoding of offered ?? []) {
    if (encoding === 'utf-16' || encoding === 'utf-8' || encoding === 'utf-32') return encoding
  }
  return 'utf-16'
}

/** Whether `text` has a surrogate pair at `index`. */
function isPair(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
}

/** Width in `encoding` of the character at `index` (a surrogate pair counts once). */
function width(text: string, index: number, encoding: PositionEncoding): number {
  if (encoding === 'utf-32') return 1
  const code = text.charCodeAt(index)
  return code < 0x80 ? 1 : code < 0x800 ? 2 : isPair(text, index) ? 4 : 3
}

/** Length of `text` in the units of `encoding`. */
export function columnOf(text: string, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return text.length
  let count = 0
  for (let index = 0; index < text.length; index += isPair(text, index) ? 2 : 1) count += width(text, index, encoding)
  return count
}

/**
 * The UTF-16 index in `text` reached after `character` units of `encoding`
 * from `start`, never past `end`. A column inside a character rounds up to
 * its end, so a surrogate pair is never split.
 */
export function advance(text: string, start: number, end: number, character: number, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return Math.min(start + Math.max(0, character), end)
  let remaining = character
  let index = start
  while (index < end && remaining > 0) {
    remaining -= width(text, index, encoding)
    index += isPair(text, index) ? 2 : 1
  }
  return index
}

/**
 * Positions of the linted text within the editor's document. The engine
 * never sees a leading BOM (as in the CLI), so with `bom` the first line's
 * columns are shifted by its width.
 */
export class PositionConverter {
  private readonly shift: number

  constructor(
    private readonly doc: Doc,
    private readonly encoding: PositionEncoding,
    bom = false
  ) {
    this.shift = bom ? columnOf('\ufeff', encoding) : 0
  }

  position(offset: number): Position {
    const line = this.doc.lineAt(offset)
    const prefix = this.doc.text.slice(line.start, Math.min(offset, line.end))
    // An offset inside a line terminator maps to the end of the line.
    const character = columnOf(prefix, this.encoding)
    return {line: line.index, character: line.index === 0 ? character + this.shift : character}
  }

  range(start: number, end: number): Range {
    return {start: this.position(start), end: this.position(end)}
  }

  /** The offset of an LSP position, clamped to its line. */
  offset(position: Position): number {
    const lines = this.doc.lines
    if (position.line >= lines.length) return this.doc.text.length
    const line = lines[Math.max(0, position.line)]
    const character = line.index === 0 ? position.character - this.shift : position.character
    return advance(this.doc.text, line.start, line.end, character, this.encoding)
  }
}
