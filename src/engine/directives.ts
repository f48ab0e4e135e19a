/**
 * In-text suppressions: `<!-- scrapelint-disable a, b -->` … `<!-- scrapelint-enable -->`
 * and `<!-- scrapelint-disable-next-line a -->`. In Markdown and HTML a
 * directive may stand anywhere outside code; in plain text only on a line of
 * its own (elsewhere an HTML comment is just text, perhaps markup residue).
 *
 * Directives are not content: findings inside them are dropped, and a fix
 * that would change a directive line is withheld, so `--fix` never deletes
 * or breaks one.
 */
import {lastIndexWhere} from '../util/bisect.js'
import type {Doc} from './doc.js'
import type {Category, Report, RuleMeta, ScrapelintMessage} from './types.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line'

export interface DirectiveRule {
  id: string
  /** Offsets of the id inside the comment. */
  start: number
  end: number
}

export interface Directive {
  kind: DirectiveKind
  /** Rule ids listed; empty means every rule. */
  rules: DirectiveRule[]
  /** Offsets of the comment. */
  start: number
  end: number
  /** `[start, end)` no fix may touch: the whole line with its terminator when the comment stands alone on it, else the comment. */
  guard: [number, number]
  /** 0-based line index where the comment ends. */
  line: number
}

const KEYWORD = /^\s*scrapelint-(disable-next-line|disable|enable)(?=\s|$)/

/** Every directive of the document, in order. Linear: one pass over `<!--` … `-->`. */
export function findDirectives(doc: Doc): Directive[] {
  const text = doc.text
  const directives: Directive[] = []
  if (!text.includes('scrapelint-')) return directives
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', open + 4)) {
    const close = text.indexOf('-->', open + 4)
    if (close === -1) break
    const end = close + 3
    const body = text.slice(open + 4, close)
    const keyword = KEYWORD.exec(body)
    if (keyword) {
      const directive = parseDirective(doc, keyword, body, open, end)
      if (directive) directives.push(directive)
    }
    open = close - 1
  }
  return directives
}

function parseDirective(doc: Doc, keyword: RegExpExecArray, body: string, start: number, end: number): Directive | undefined {
  const line = doc.lineAt(start)
  const alone = line.text.trim() === doc.text.slice(start, end) && doc.lineAt(end).index === line.index
  if (doc.format === 'text' && !alone) return undefined
  if (doc.format === 'markdown' && doc.verbatimLines.has(line.index)) return undefined
  // The list ends at `--` (a free-text reason may follow, as in ESLint).
  const listStart = keyword[0].length
  const reason = body.indexOf('--', listStart)
  const list = body.slice(listStart, reason === -1 ? body.length : reason)
  const rules: DirectiveRule[] = []
  const bodyStart = start + 4
  let offset = listStart
  for (const part of list.split(',')) {
    const id = part.trim()
    if (id) {
      const at = bodyStart + offset + part.indexOf(id)
      rules.push({id, start: at, end: at + id.length})
    }
    offset += part.length + 1
  }
  return {
    kind: keyword[1] as DirectiveKind,
    rules,
    start,
    end,
    guard: alone ? [line.start, line.next] : [start, end],
    line: doc.lineAt(end).index
  }
}

/** Pseudo-rules under which directive problems are reported (with `--report-unused-directives`). */
const DIRECTIVE_DOCS = 'https://github.com/scrapelint/scrapelint/blob/main/docs/configuration.md#in-text-suppressions'
const directiveMeta = (id: string, description: string): RuleMeta =>
  Object.freeze({id, category: 'markup' as Category, description, fix: 'none' as const, severity: 'error' as const, url: DIRECTIVE_DOCS})

export const UNUSED_DIRECTIVE = directiveMeta('unused-directive', 'A scrapelint-disable directive that suppresses nothing')
export const INVALID_DIRECTIVE = directiveMeta('invalid-directive', 'A scrapelint directive naming a rule that does not exist')
const DIRECTIVE_IDS = new Set([UNUSED_DIRECTIVE.id, INVALID_DIRECTIVE.id])

/** Messages about directives themselves: not findings in the text, so left out of statistics and score. */
export function isDirectiveMessage(message: ScrapelintMessage): boolean {
  return DIRECTIVE_IDS.has(message.ruleId)
}

export interface DirectiveProblem {
  meta: RuleMeta
  report: Report
}

export interface DirectiveOutcome {
  /** Messages that survive suppression (fixes touching a directive withheld). */
  messages: ScrapelintMessage[]
  /** Unknown rule ids and unused disables. */
  problems: DirectiveProblem[]
}

/** One suppression that can be used: a listed id, or "every rule". */
interface Entry {
  directive: Directive
  rule?: DirectiveRule
  used: boolean
}

/**
 * Apply the directives to `messages` (sorted by position). `known` are the
 * rule ids of the configuration; `suggest` names the closest one for typos.
 */
export function applyDirectives(
  doc: Doc,
  messages: readonly ScrapelintMessage[],
  directives: readonly Directive[],
  known: ReadonlySet<string>,
  suggest: (id: string) => string
): DirectiveOutcome {
  const problems: DirectiveProblem[] = []
  const entries: Entry[] = []
  const entriesOf = (directive: Directive): Entry[] => {
    const result: Entry[] = []
    if (directive.rules.length === 0) result.push({directive, used: false})
    for (const rule of directive.rules) {
      if (known.has(rule.id)) {
        result.push({directive, rule, used: false})
        continue
      }
      problems.push({
        meta: INVALID_DIRECTIVE,
        report: {start: rule.start, end: rule.end, message: `Unknown rule "${rule.id}" in a scrapelint-${directive.kind} directive${suggest(rule.id)}`}
      })
    }
    if (directive.kind !== 'enable') entries.push(...result)
    return result
  }

  const nextLine = new Map<number, Entry[]>()
  const regions: Array<{directive: Directive; entries: Entry[]}> = []
  for (const directive of directives) {
    const parsed = entriesOf(directive)
    if (directive.kind === 'disable-next-line') {
      const list = nextLine.get(directive.line + 1) ?? []
      list.push(...parsed)
      nextLine.set(directive.line + 1, list)
    } else {
      regions.push({directive, entries: parsed})
    }
  }

  // Region state while sweeping in text order.
  const byRule = new Map<string, Entry>()
  let all: Entry | undefined
  const reenabled = new Set<string>()
  let next = 0
  const advance = (offset: number) => {
    for (; next < regions.length && regions[next].directive.start <= offset; next++) {
      const {directive, entries: listed} = regions[next]
      if (directive.kind === 'disable') {
        for (const entry of listed) {
          if (entry.rule) {
            byRule.set(entry.rule.id, entry)
            reenabled.delete(entry.rule.id)
          } else {
            all = entry
            reenabled.clear()
          }
        }
      } else if (directive.rules.length === 0) {
        byRule.clear()
        all = undefined
        reenabled.clear()
      } else {
        for (const entry of listed) {
          byRule.delete(entry.rule!.id)
          if (all) reenabled.add(entry.rule!.id)
        }
      }
    }
  }

  const guards = directives.map((directive) => directive.guard)
  const kept: ScrapelintMessage[] = []
  for (const message of messages) {
    const [start, end] = message.range
    const guard = guardTouching(guards, start, end)
    // A finding about the directive itself (its comment or line) is not a finding in the text.
    if (guard && start >= guard[0] && end <= guard[1] && start < guard[1]) continue
    advance(start)
    const suppressedBy =
      nextLine.get(doc.lineAt(start).index)?.find((entry) => !entry.rule || entry.rule.id === message.ruleId) ??
      byRule.get(message.ruleId) ??
      (all && !reenabled.has(message.ruleId) ? all : undefined)
    if (suppressedBy) {
      suppressedBy.used = true
      continue
    }
    if (guard && message.expected) withholdFix(message)
    kept.push(message)
  }

  for (const entry of entries) {
    if (entry.used) continue
    const {directive, rule} = entry
    problems.push({
      meta: UNUSED_DIRECTIVE,
      report: rule
        ? {start: rule.start, end: rule.end, message: `Unused scrapelint-${directive.kind} directive: no problem from "${rule.id}" to suppress`}
        : {start: directive.start, end: directive.end, message: `Unused scrapelint-${directive.kind} directive: no problem to suppress`}
    })
  }
  problems.sort((a, b) => a.report.start - b.report.start)
  return {messages: kept, problems}
}

/**
 * The guard that `[start, end)` overlaps, if any; an insertion (`start === end`)
 * touches a guard only strictly inside it. Guards are sorted and disjoint, so
 * only the last one starting before `end` can overlap.
 */
function guardTouching(guards: ReadonlyArray<[number, number]>, start: number, end: number): [number, number] | undefined {
  const found = lastIndexWhere(guards.length, (index) => guards[index][0] < end)
  return found !== -1 && guards[found][1] > start ? guards[found] : undefined
}

function withholdFix(message: ScrapelintMessage): void {
  delete message.expected
  message.fixKind = 'none'
  message.note = 'No fix offered: it would change a scrapelint directive line.'
}
