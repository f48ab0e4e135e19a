/**
 * Glued words in the two scraped seed articles in ../shared (read at test
 * time, never copied): every one is flagged with the right fix, and nothing
 * else is. Skipped when ../shared is absent.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {lint} from '../src/index.js'
import {hasShared, sharedPath} from '../scripts/lib/shared.js'

const present = hasShared('seeds')
const glued = (name: string) =>
  lint(readFileSync(sharedPath('seeds', name), 'utf8'), {rules: {'glued-words': 'warn'}})
    .filter((message) => message.ruleId === 'glued-words')
    .map((message) => [message.line, message.actual, message.expected?.[0], message.fixKind])

test('seed 000: a section label run into the headline, two lost sentence ends', {skip: !present}, () => {
  assert.deepEqual(glued('000_ccde3f834144294e.txt'), [
    [1, "NewsRussia's", "News Russia's", 'suggestion'],
    [27, 'SeptemberThe', 'September. The', 'suggestion'],
    [59, 'BeijingThere', 'Beijing. There', 'suggestion']
  ])
})

test('seed 002: a lost sentence end and a clause glued to a name', {skip: !present}, () => {
  assert.deepEqual(glued('002_9e079258e0f81788.txt'), [
    [46, 'SeptemberWhen', 'September. When', 'suggestion'],
    [80, 'BeijingIn', 'Beijing, in', 'suggestion']
  ])
})
