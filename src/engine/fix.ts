/**
 * The fixer: apply replacements by UTF-16 offset range, skip overlaps, and
 * re-lint until no applicable fix is left (at most `MAX_PASSES`).
 */
import {lintDocument, type DocumentOptions, type LintResult, type LintSetup} from './lint.js'
import {detectEol} from './doc.js'
import type {ScrapelintMessage} from './types.js'
import type {RuleFailure} from './scan.js'

export const MAX_PASSES = 10

export interface Edit {
  /** `[start, end)` in UTF-16 code units. */
  range: [number, number]
  text: string
}

export interface AppliedFix extends Edit {
  ruleId: string
  /** 1-based pass in which it was applied; ranges refer to the text of that pass. */
  pass: number
}

export interface FixOptions extends DocumentOptions {
  /** Also apply the first suggestion of findings whose fix is only a suggestion. */
  unsafe?: boolean
  /** Apply the first suggestion of these rules' findings even without `unsafe`. */
  unsafeRules?: ReadonlySet<string>
}

export interface FixResult {
  output: string
  applied: AppliedFix[]
  /** Messages of a lint of `output`. */
  remaining: ScrapelintMessage[]
  failures: RuleFailure[]
  /** The lint of the input text (the first pass), before any fix. */
  initial: LintResult
}

/** The edit a message would make under the given mode, if any. */
export function editOf(message: ScrapelintMessage, unsafe = false): Edit | undefined {
  if (!message.expected || message.expected.length === 0) return undefined
  if (message.fixKind === 'safe' || (unsafe && message.fixKind === 'suggestion')) {
    return {range: message.range, text: message.expected[0]}
  }
  return undefined
}

/**
 * Apply non-overlapping edits (earliest first; an edit touching a range
 * already taken is skipped, as are two insertions at one point). Line breaks
 * in replacement text follow the document's line endings.
 */
export function applyEdits<E extends Edit>(text: string, edits: readonly E[]): {output: string; applied: E[]} {
  const eol = detectEol(text)
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const applied: E[] = []
  const parts: string[] = []
  let cursor = 0
  let lastEnd = -1
  let lastStart = -1
  for (const edit of sorted) {
    const [start, end] = edit.range
    if (start < lastEnd || (start === lastStart && start === lastEnd)) continue
    if (text.slice(start, end) === edit.text) continue
    parts.push(text.slice(cursor, start), eol === '\n' ? edit.text : edit.text.replace(/\r\n|\r|\n/g, eol))
    cursor = end
    lastStart = start
    lastEnd = end
    applied.push(edit)
  }
  parts.push(text.slice(cursor))
  return {output: parts.join(''), applied}
}

/** Lint and fix until stable. `text` must not start with a BOM. */
export function fixDocument(text: string, setup: LintSetup, options: FixOptions = {}): FixResult {
  const applied: AppliedFix[] = []
  let output = text
  let result = lintDocument(output, setup, options)
  const initial = result
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    if (result.failures.length > 0) break
    const edits: AppliedFix[] = []
    for (const message of result.messages) {
      const edit = editOf(message, options.unsafe || options.unsafeRules?.has(message.ruleId))
      if (edit) edits.push({...edit, ruleId: message.ruleId, pass})
    }
    if (edits.length === 0) break
    const step = applyEdits(output, edits)
    if (step.applied.length === 0) break
    for (const edit of step.applied) applied.push(edit)
    output = step.output
    result = lintDocument(output, setup, options)
  }
  return {output, applied, remaining: result.messages, failures: result.failures, initial}
}
