/**
 * Incremental document sync in the negotiated position encoding.
 * `TextDocument.update` reads change ranges as UTF-16, so with UTF-8 or
 * UTF-32 the server's copy would drift from the editor's after any non-ASCII
 * (UTF-8) or non-BMP (both) character: ranges are converted first.
 */
import type {Position, TextDocumentsConfiguration} from 'vscode-languageserver'
import {TextDocument, type TextDocumentContentChangeEvent} from 'vscode-languageserver-textdocument'
import {advance, type PositionEncoding} from './positions.js'

/** `position` (in `encoding`) as a UTF-16 position in `document`. */
export function toUtf16(document: TextDocument, position: Position, encoding: PositionEncoding): Position {
  // Out-of-range lines are left to TextDocument, which clamps them.
  if (encoding === 'utf-16' || position.line < 0 || position.line >= document.lineCount) return position
  const text = document.getText()
  const start = document.offsetAt({line: position.line, character: 0})
  // offsetAt clamps to the end of the line, before its terminator.
  const end = document.offsetAt({line: position.line, character: Number.MAX_SAFE_INTEGER})
  return {line: position.line, character: advance(text, start, end, position.character, encoding) - start}
}

/** A `TextDocuments` configuration that applies changes in the encoding `encoding()` returns (read per change: it is negotiated after the documents manager exists). */
export function documentSync(encoding: () => PositionEncoding): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update(document, changes, version) {
      const current = encoding()
      if (current === 'utf-16') return TextDocument.update(document, changes, version)
      // One at a time: each change's range refers to the text the previous ones left.
      for (const change of changes) {
        const converted: TextDocumentContentChangeEvent =
          'range' in change ? {range: {start: toUtf16(document, change.range.start, current), end: toUtf16(document, change.range.end, current)}, text: change.text} : {text: change.text}
        document = TextDocument.update(document, [converted], version)
      }
      return document
    }
  }
}
