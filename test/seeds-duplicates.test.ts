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
const RULES = new Set(['duplicate-content', 'truncated-text', 'fragment'])
/** The text each `fragment` finding covers. */
function fragmentPieces(name: string): string[] {
  const text = readFileSync(sharedPath('seeds', name), 'utf8')
  return lint(text)
    .filter((message) => message.ruleId === 'fragment')
    .map((message) => text.slice(...message.range))
}

const findings = (name: string) =>
  lint(readFileSync(sharedPath('seeds', name), 'utf8'))
    .filter((message) => RULES.has(message.ruleId))
    .map((message) => [message.ruleId, `${message.line}:${message.column}`, message.fixKind, message.expected?.[0]])

test('seed 000: the "Top News…" teaser (cut off, repeating the headline), an orphaned anchor, a spliced verbless piece', {skip: !present}, () => {
  assert.deepEqual(findings('000_ccde3f834144294e.txt'), [
    ['duplicate-content', '1:1', 'suggestion', ''],
    ['truncated-text', '1:1', 'suggestion', ''],
    ['fragment', '25:249', 'none', undefined],
    ['fragment', '35:181', 'none', undefined]
  ])
  assert.deepEqual(fragmentPieces('000_ccde3f834144294e.txt'), ['New military satellite program.', '$50 billion in debt For a war-torn country.'])
})

test('seed 002: the orphan "in" on the first line, an orphaned anchor, a spliced verbless piece; nothing repeated or cut off', {skip: !present}, () => {
  assert.deepEqual(findings('002_9e079258e0f81788.txt'), [
    ['fragment', '1:1', 'suggestion', ''],
    ['fragment', '44:275', 'none', undefined],
    ['fragment', '60:272', 'none', undefined]
  ])
  assert.deepEqual(fragmentPieces('002_9e079258e0f81788.txt'), ['in\n\n', 'The nascent military satellite program.', '50 billion dollars in debt In a war-torn country.'])
})
