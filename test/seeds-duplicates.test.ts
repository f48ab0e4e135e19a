/**
 * Duplicated, truncated and fragmentary text in the two scraped seed articles
 * in ../shared (read at test time, never copied). Skipped when ../shared is absent.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {lint} from '../src/index.js'
import {hasShared, sharedPath} from '../scripts/lib/shared.js'

const present = hasShared('seeds')
const RULES = new Set(['duplicate-content', 'truncated-text'])
const findings = (name: string) =>
  lint(readFileSync(sharedPath('seeds', name), 'utf8'))
    .filter((message) => RULES.has(message.ruleId))
    .map((message) => [message.ruleId, `${message.line}:${message.column}`, message.fixKind, message.expected?.[0]])

test('seed 000: the "Top News…" teaser is cut off and repeats the headline below it', {skip: !present}, () => {
  assert.deepEqual(findings('000_ccde3f834144294e.txt'), [
    ['duplicate-content', '1:1', 'suggestion', ''],
    ['truncated-text', '1:1', 'suggestion', '']
  ])
})

test('seed 002: nothing repeated or cut off (the end is a related-story headline)', {skip: !present}, () => {
  assert.deepEqual(findings('002_9e079258e0f81788.txt'), [])
})
