/**
 * Turning a rule's report into a vfile message with the fields the fixer,
 * reporters and editor integration read.
 */
import type {VFile} from 'vfile'
import type {Doc} from './doc.js'
import type {Report, RuleMeta, ScrapelintMessage, Severity} from './types.js'

export function createMessage(file: VFile, doc: Doc, meta: RuleMeta, report: Report, severity: Severity): ScrapelintMessage {
  const {start, end} = report
  if (!(start >= 0 && end >= start && end <= doc.text.length)) {
    throw new RangeError(`${meta.id}: report range [${start}, ${end}) is outside the text (length ${doc.text.length})`)
  }
  const place = {start: doc.location.toPoint(start)!, end: doc.location.toPoint(end)!}
  // A vfile message is an Error whose `stack` vfile-message sets to '' afterwards: the stack trace the
  // Error constructor captures first is never read, and capturing it was most of a message's cost.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ScrapelintMessage
  try {
    message = file.message(report.message, {place, ruleId: meta.id, source: 'scrapelint'}) as ScrapelintMessage
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = severity === 'error'
  message.severity = severity === 'error' ? 2 : 1
  message.url = report.url ?? meta.url
  message.category = meta.category
  message.range = [start, end]
  message.actual = report.actual ?? doc.text.slice(start, end)
  if (report.expected && report.expected.length > 0) {
    message.expected = report.expected
    message.fixKind = report.fix ?? (meta.fix === 'none' ? 'suggestion' : meta.fix)
  } else {
    message.fixKind = 'none'
  }
  if (report.note) message.note = report.note
  if (report.data) message.data = report.data
  return message
}

/** Order messages by position, then rule id: stable output for every surface. */
export function compareMessages(a: ScrapelintMessage, b: ScrapelintMessage): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId)
}

export function isSafeFixable(message: ScrapelintMessage): boolean {
  return message.fixKind === 'safe' && Array.isArray(message.expected) && message.expected.length > 0
}
