/**
 * Machine-translation damage in the two scraped seed articles in ../shared
 * (read at test time, never copied). Skipped when ../shared is absent.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {lint} from '../src/index.js'
import {hasShared, sharedPath} from '../scripts/lib/shared.js'

const present = hasShared('seeds')
const mtFindings = (name: string) =>
  lint(readFileSync(sharedPath('seeds', name), 'utf8'))
    .filter((message) => message.category === 'mt')
    .map((message) => [message.ruleId, message.actual])

test('seed 000: "Deep conditioning" and "No one can and should not challenge."', {skip: !present}, () => {
  assert.deepEqual(mtFindings('000_ccde3f834144294e.txt'), [
    ['tortured-phrase', 'Deep conditioning'],
    ['garbled-construction', 'can and should not']
  ])
})

test('seed 002: "more definitely develop" and "It doesn\'t and shouldn\'t."', {skip: !present}, () => {
  assert.deepEqual(mtFindings('002_9e079258e0f81788.txt'), [
    ['garbled-construction', 'more definitely'],
    ['garbled-construction', "doesn't and shouldn't"]
  ])
})
