import type {ScrapelintMessage} from '../engine/types.js'
import type {FileResult, ReportContext} from './types.js'

/** The messages a report shows: all, or with `--quiet` only errors. */
export function shownMessages(result: FileResult, context: Pick<ReportContext, 'quiet'>): ScrapelintMessage[] {
  return context.quiet ? result.messages.filter((message) => message.severity === 2) : result.messages
}
