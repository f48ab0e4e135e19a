/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns
 * into annotations on the pull request's changed lines.
 */
import {toJsonMessage} from './json.js'
import {shownMessages} from './shown.js'
import type {Formatter} from './types.js'

export const github: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    for (const message of shownMessages(result, context).map(toJsonMessage)) {
      const properties = {
        file: result.filePath,
        line: message.line,
        col: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        title: `scrapelint (${message.ruleId})`
      }
      const list = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      lines.push(`::${message.severity === 2 ? 'error' : 'warning'} ${list}::${escapeData(message.message)}`)
    }
  }
  return lines.join('\n')
}

/** Escaping as in @actions/core: message text, then property values (which also may not hold `:` or `,`). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
