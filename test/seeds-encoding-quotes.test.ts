/**
 * Issue 5's rules on the two scraped seed articles in ../shared (read at test
 * time, never copied into the project). Skipped when ../shared is absent.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {fix, lint} from '../src/index.js'
import {hasShared, sharedPath} from '../scripts/lib/shared.js'

const present = hasShared('seeds')
const seed = (name: string) => readFileSync(sharedPath('seeds', name), 'utf8')
const RULES = new Set(['mojibake', 'odd-characters', 'html-entities', 'markup-residue', 'unbalanced-quotes', 'inconsistent-quotes', 'broken-hyphenation'])
const settings = {rules: {'inconsistent-quotes': 'warn'}} as const

test('seed 000: the straight apostrophe of line 1 among curly ones, nothing else', {skip: !present}, () => {
  const text = seed('000_ccde3f834144294e.txt')
  const found = lint(text, settings).filter((message) => RULES.has(message.ruleId))
  assert.deepEqual(found.map((message) => [message.ruleId, message.line, message.column]), [['inconsistent-quotes', 1, 15]])
  assert.equal(text.slice(found[0].range[0] - 6, found[0].range[1] + 1), "Russia's")
  assert.equal(found[0].expected?.[0], '’')
})

test('seed 002: both orphan closing quotes and the mixed apostrophes', {skip: !present}, () => {
  const text = seed('002_9e079258e0f81788.txt')
  const found = lint(text, settings).filter((message) => RULES.has(message.ruleId))
  const orphans = found.filter((message) => message.ruleId === 'unbalanced-quotes')
  assert.deepEqual(
    orphans.map((message) => [message.reason, text.slice(message.range[0] - 7, message.range[1])]),
    [
      ['Closing quote `”` has no opening quote', 'desire.”'],
      ['Closing quote `”` has no opening quote', 'uldn\'t.”']
    ]
  )
  const mixed = found.filter((message) => message.ruleId === 'inconsistent-quotes')
  assert.equal(mixed.length, 1)
  const occurrences = mixed[0].data?.occurrences as Array<[number, number]>
  assert.ok(occurrences.length > 30)
  assert.equal(found.length, 3)
})

test('seeds: --fix with these rules converges', {skip: !present}, () => {
  for (const name of ['000_ccde3f834144294e.txt', '002_9e079258e0f81788.txt']) {
    const {output} = fix(seed(name), settings)
    assert.deepEqual(lint(output, settings).filter((message) => RULES.has(message.ruleId) && message.fixKind === 'safe'), [])
  }
})
