/**
 * `--format json`: ESLint's result shape plus `category` and `url` per
 * message. This is a contract other tools read; keep it stable.
 */
import type {DocumentStats} from '../engine/stats.js'
import type {ScrapelintMessage} from '../engine/types.js'
import {shownMessages} from './shown.js'
import type {FileResult, Formatter} from './types.js'

export interface JsonFix {
  range: [number, number]
  text: string
}

export interface JsonMessage {
  ruleId: string
  category: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fix?: JsonFix
  suggestions?: Array<{desc: string; fix: JsonFix}>
  url: string
}

export interface JsonResult {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** Word and sentence counts, and per category the findings, their density per 1,000 words and the sentences they touch. */
  stats: DocumentStats
  /** Quality score, 0–100 (docs/score.md). */
  score: number
  output?: string
}

/** How an editor or SARIF viewer describes a replacement. */
export function describe(replacement: string, actual: string | undefined): string {
  if (replacement === '') return `Delete “${actual ?? ''}”`
  if (!actual) return `Insert “${replacement}”`
  return `Replace with “${replacement}”`
}

export function toJsonMessage(message: ScrapelintMessage): JsonMessage {
  const start = message.place && 'start' in message.place ? message.place.start : undefined
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  const json: JsonMessage = {
    ruleId: message.ruleId,
    category: message.category,
    severity: message.severity,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  } as JsonMessage
  const expected = message.expected ?? []
  const safe = message.fixKind === 'safe' && expected.length > 0
  if (safe) json.fix = {range: [...message.range], text: expected[0]}
  const suggested = safe ? expected.slice(1) : message.fixKind === 'suggestion' ? expected : []
  if (suggested.length > 0) {
    json.suggestions = suggested.map((text) => ({
      desc: describe(text, message.actual ?? undefined),
      fix: {range: [...message.range], text}
    }))
  }
  json.url = message.url
  return json
}

export function toJsonResult(result: FileResult, quiet = false): JsonResult {
  const messages = shownMessages(result, {quiet}).map(toJsonMessage)
  const json: JsonResult = {
    filePath: result.filePath,
    messages,
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    fixableErrorCount: messages.filter((message) => message.severity === 2 && message.fix).length,
    fixableWarningCount: messages.filter((message) => message.severity === 1 && message.fix).length,
    stats: result.stats,
    score: result.score
  }
  if (result.output !== undefined) json.output = result.output
  return json
}

export const json: Formatter = (results, context) => JSON.stringify(results.map((result) => toJsonResult(result, context.quiet)))
