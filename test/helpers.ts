/**
 * Test helpers in the style of Harper's `assert_suggestion_result`: run one
 * rule, assert exact message positions, apply fixes and compare the text.
 */
import assert from 'node:assert/strict'
import {createSetup} from '../src/config/setup.js'
import {fixDocument} from '../src/engine/fix.js'
import {lintDocument, type LintSetup} from '../src/engine/lint.js'
import type {DocFormat} from '../src/engine/doc.js'
import type {ScrapelintMessage} from '../src/engine/types.js'
import {ruleMap} from '../rules/index.js'

const setups = new Map<string, LintSetup>()

/** A setup with only `ruleId` enabled (at `warn`), with optional options. */
export function onlyRule(ruleId: string, options?: Record<string, unknown>): LintSetup {
  const key = ruleId + JSON.stringify(options ?? {})
  let setup = setups.get(key)
  if (!setup) {
    assert.ok(ruleMap.has(ruleId), `unknown rule ${ruleId}`)
    const rules = Object.fromEntries([...ruleMap.keys()].map((id) => [id, id === ruleId ? (options ? ['warn', options] : 'warn') : 'off']))
    setup = createSetup({rules: rules as never})
    setups.set(key, setup)
  }
  return setup
}

export interface LintOptions {
  options?: Record<string, unknown>
  format?: DocFormat
}

export function lintWith(ruleId: string, text: string, settings: LintOptions = {}): ScrapelintMessage[] {
  const result = lintDocument(text, onlyRule(ruleId, settings.options), {format: settings.format})
  assert.deepEqual(result.failures, [], 'rule crashed')
  return result.messages
}

/** `L:C-L:C` of a message, the notation of the docs and of vfile-reporter. */
export function span(message: ScrapelintMessage): string {
  const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
}

/** Assert the exact spans (and optionally the message text) a rule reports. */
export function assertSpans(ruleId: string, text: string, expected: string[], settings: LintOptions = {}): ScrapelintMessage[] {
  const messages = lintWith(ruleId, text, settings)
  assert.deepEqual(messages.map(span), expected, `spans of ${ruleId} in ${JSON.stringify(text)}`)
  return messages
}

export function assertClean(ruleId: string, text: string, settings: LintOptions = {}): void {
  const messages = lintWith(ruleId, text, settings)
  assert.deepEqual(
    messages.map((message) => `${span(message)} ${message.reason}`),
    [],
    `${ruleId} should be silent on ${JSON.stringify(text)}`
  )
}

/** Apply the rule's fixes (safe, or also suggestions with `unsafe`) and compare the text. */
export function assertFixed(ruleId: string, input: string, expected: string, settings: LintOptions & {unsafe?: boolean} = {}): void {
  const result = fixDocument(input, onlyRule(ruleId, settings.options), {format: settings.format, unsafe: settings.unsafe})
  assert.deepEqual(result.failures, [])
  assert.equal(result.output, expected)
  const again = result.remaining.filter((message) => message.fixKind === 'safe' || (settings.unsafe && message.fixKind === 'suggestion'))
  assert.deepEqual(again.map(span), [], 'fixing should converge: nothing fixable remains')
}

/** The first suggestion of the only message, applied: Harper's assert_suggestion_result. */
export function assertSuggestion(ruleId: string, input: string, expected: string, settings: LintOptions = {}): void {
  const messages = lintWith(ruleId, input, settings)
  assert.equal(messages.length, 1, `expected one message, got ${messages.map(span).join(', ')}`)
  const [message] = messages
  assert.ok(message.expected && message.expected.length > 0, 'message has no replacement')
  const [start, end] = message.range
  assert.equal(input.slice(0, start) + message.expected[0] + input.slice(end), expected)
}
