/**
 * The two scraped seed articles in ../shared (read at test time, never copied
 * into the project). Skipped when ../shared is not beside the checkout.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {fix, lint} from '../src/index.js'
import {hasShared, sharedPath} from '../scripts/lib/shared.js'

const present = hasShared('seeds')
const seed = (name: string) => readFileSync(sharedPath('seeds', name), 'utf8')
const FOUNDATION = new Set(['invisible-characters', 'irregular-spacing', 'doubled-punctuation', 'repeated-words'])

test('seed 000: the three "See also" no-break spaces, nothing else from the foundation rules', {skip: !present}, () => {
  const text = seed('000_ccde3f834144294e.txt')
  const found = lint(text).filter((message) => FOUNDATION.has(message.ruleId))
  assert.deepEqual(
    found.map((message) => [message.ruleId, message.line, message.column]),
    [['invisible-characters', 18, 9], ['invisible-characters', 39, 9], ['invisible-characters', 57, 9]]
  )
  for (const message of found) assert.equal(text.slice(message.range[0] - 8, message.range[1] + 1), 'See also\u00a0 ')
})

test('seed 002: "partners. ." and nothing else from the foundation rules', {skip: !present}, () => {
  const text = seed('002_9e079258e0f81788.txt')
  const found = lint(text).filter((message) => FOUNDATION.has(message.ruleId))
  assert.deepEqual(found.map((message) => [message.ruleId, message.actual]), [['doubled-punctuation', '. .']])
  assert.equal(text.slice(found[0].range[0] - 8, found[0].range[1]), 'partners. .')
})

test('seeds: --fix repairs them and a second run finds nothing safe-fixable', {skip: !present}, () => {
  for (const name of ['000_ccde3f834144294e.txt', '002_9e079258e0f81788.txt']) {
    const {output} = fix(seed(name), {rules: {}})
    assert.ok(!output.includes('\u00a0'))
    assert.ok(!output.includes('partners. .'))
    assert.deepEqual(lint(output).filter((message) => message.fixKind === 'safe'), [])
  }
})
