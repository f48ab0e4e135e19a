/**
 * Bad input for the chrome rules: empty text, one enormous line, many lines.
 * No crash and sensible results; speed is measured by the bench, not here.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {createSetup} from '../../src/config/setup.js'
import {lintDocument} from '../../src/engine/lint.js'
import {fixDocument} from '../../src/engine/fix.js'
import {ruleMap} from '../../rules/index.js'

const chrome = createSetup({rules: Object.fromEntries([...ruleMap.values()].map((rule) => [rule.meta.id, rule.meta.category === 'chrome' ? 'warn' : 'off']))})

test('empty and blank texts', () => {
  for (const text of ['', '\n', '\n\n\n', '   \n\t\n']) {
    const {messages, failures} = lintDocument(text, chrome)
    assert.deepEqual(failures, [])
    assert.deepEqual(messages, [])
  }
})

test('one enormous line is text, not chrome', () => {
  const line = 'Share this article with the people who were there at the time, and tell them why. '.repeat(60_000)
  const {messages, failures} = lintDocument(line, chrome)
  assert.deepEqual(failures, [])
  assert.deepEqual(messages, [])
})

test('a long menu-only text, and many short widget lines, fix in one go', () => {
  const menu = Array.from({length: 20_000}, (_, index) => ['Home', 'News', 'Sports', 'Subscribe', 'Share'][index % 5]).join('\n')
  const {failures} = lintDocument(menu, chrome)
  assert.deepEqual(failures, [])
  const story = 'The ferry service resumed on Monday after a week of storms, the operator said in a statement.'
  const text = Array.from({length: 2_000}, () => `${story}\n\nAdvertisement`).join('\n\n')
  const fixed = fixDocument(text, chrome)
  assert.deepEqual(fixed.failures, [])
  assert.ok(!fixed.output.includes('Advertisement'))
  assert.equal(fixed.output.split(story).length - 1, 2_000)
})
