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

/** Length of `text` in the units of `encoding`. */
function units(text: string, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return text.length
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
    if (encoding === 'utf-32') count += 1
    else count += code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
    if (pair) index++
  }
  return count
}

export class PositionConverter {
  constructor(
    private readonly doc: Doc,
    private readonly encoding: PositionEncoding
  ) {}

  position(offset: number): Position {
    const line = this.doc.lineAt(offset)
    const prefix = this.doc.text.slice(line.start, Math.min(offset, line.end))
    // An offset inside a line terminator maps to the end of the line.
    return {line: line.index, character: units(prefix, this.encoding)}
  }

  range(start: number, end: number): Range {
    return {start: this.position(start), end: this.position(end)}
  }

  /** The offset of an LSP position, clamped to its line. */
  offset(position: Position): number {
    const lines = this.doc.lines
    if (position.line >= lines.length) return this.doc.text.length
    const line = lines[Math.max(0, position.line)]
    if (this.encoding === 'utf-16') return Math.min(line.start + position.character, line.end)
    let remaining = position.character
    let index = line.start
    while (index < line.end && remaining > 0) {
      const code = this.doc.text.charCodeAt(index)
      const pair = code >= 0xd800 && code <= 0xdbff && (this.doc.text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
      remaining -= this.encoding === 'utf-32' ? 1 : code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
      index += pair ? 2 : 1
    }
    return index
  }
}
