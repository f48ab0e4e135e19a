/**
 * Code actions: one quick fix per replacement a finding offers (the safe fix
 * preferred), and "fix all safe problems" as `source.fixAll.scrapelint`.
 */
import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import type {ScrapelintMessage} from '../engine/types.js'
import type {PositionConverter} from './positions.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.scrapelint`

function quote(text: string): string {
  const shown = text.length > 40 ? text.slice(0, 37) + '…' : text
  return '“' + shown.replace(/\r?\n/g, '⏎').replace(/[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`) + '”'
}

export function describeEdit(actual: string | undefined, replacement: string): string {
  if (replacement === '') return `Delete ${quote(actual ?? '')}`
  if (!actual) return `Insert ${quote(replacement)}`
  return `Replace ${quote(actual)} with ${quote(replacement)}`
}

/** Line breaks in `text` as the document's own (`eol`): as the fixer (`applyEdits`) writes them, so a CRLF file stays CRLF. */
export function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r\n|\r|\n/g, eol)
}

/** `eol` is the document's line ending, used for line breaks a replacement inserts. */
export function quickFixes(uri: string, message: ScrapelintMessage, diagnostic: Diagnostic, positions: PositionConverter, eol: string): CodeAction[] {
  const expected = message.expected ?? []
  return expected.map((replacement, index) => ({
    title: `${describeEdit(message.actual ?? undefined, replacement)} (${message.ruleId})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0 && message.fixKind === 'safe',
    edit: {changes: {[uri]: [{range: positions.range(message.range[0], message.range[1]), newText: withEol(replacement, eol)}]}}
  }))
}

/**
 * One edit that turns `before` into `after`: the changed middle between their
 * common prefix and suffix (keeps the editor's cursor and undo tidy).
 */
export function minimalEdit(before: string, after: string, positions: PositionConverter): TextEdit | undefined {
  if (before === after) return undefined
  let start = 0
  const limit = Math.min(before.length, after.length)
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--
    endAfter--
  }
  // Never split a surrogate pair.
  if (start > 0 && (before.charCodeAt(start) & 0xfc00) === 0xdc00) start--
  if (endBefore < before.length && (before.charCodeAt(endBefore) & 0xfc00) === 0xdc00) {
    endBefore++
    endAfter++
  }
  return {range: positions.range(start, endBefore), newText: after.slice(start, endAfter)}
}

export function fixAllAction(uri: string, edit: TextEdit | undefined): CodeAction | undefined {
  if (!edit) return undefined
  return {title: 'Fix all safe scrapelint problems in this file', kind: FIX_ALL_KIND, edit: {changes: {[uri]: [edit]}}}
}
