/** `--format compact`: one line per finding, `file:line:col: severity message [rule]` (grep- and editor-friendly). */
import {toJsonMessage} from './json.js'
import {shownMessages} from './shown.js'
import type {Formatter} from './types.js'

export const compact: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    for (const message of shownMessages(result, context).map(toJsonMessage)) {
      const severity = message.severity === 2 ? 'error' : 'warning'
      lines.push(`${result.filePath}:${message.line}:${message.column}: ${severity} ${message.message} [${message.ruleId}]`)
    }
  }
  return lines.join('\n')
}
