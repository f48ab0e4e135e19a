/** scrapelint messages → LSP diagnostics (and back, for code actions). */
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import type {ScrapelintMessage} from '../engine/types.js'
import type {PositionConverter} from './positions.js'

/** What a diagnostic carries so a code action can find its message again. */
export interface DiagnosticData {
  range: [number, number]
  ruleId: string
}

export function toDiagnostic(message: ScrapelintMessage, positions: PositionConverter): Diagnostic {
  const data: DiagnosticData = {range: message.range, ruleId: message.ruleId}
  return {
    range: positions.range(message.range[0], message.range[1]),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: message.ruleId,
    codeDescription: {href: message.url},
    source: 'scrapelint',
    message: message.reason,
    data
  }
}

export function sameMessage(message: ScrapelintMessage, data: unknown): boolean {
  const value = data as Partial<DiagnosticData> | undefined
  return Boolean(value && value.ruleId === message.ruleId && value.range && value.range[0] === message.range[0] && value.range[1] === message.range[1])
}
