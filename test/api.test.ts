import {test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {ConfigError, fix, fixDocument, lint, lintDocument, resolveConfigForFile, rules} from '../src/index.js'

test('lint returns sorted vfile messages', () => {
  const messages = lint('the the end,, and\u00a0 more')
  assert.deepEqual(messages.map((message) => message.ruleId), ['repeated-words', 'doubled-punctuation', 'invisible-characters'])
})

test('lint: positions ignore a leading BOM', () => {
  const [message] = lint('\ufeffa,, b')
  assert.deepEqual(message.range, [1, 3])
  assert.equal(message.column, 2)
})

test('rule settings: off, error, options; unknown ids and options are errors', () => {
  assert.deepEqual(lint('a,, b', {rules: {'doubled-punctuation': 'off'}}), [])
  assert.equal(lint('a,, b', {rules: {'doubled-punctuation': 'error'}})[0].severity, 2)
  assert.deepEqual(lint('a  b', {rules: {'irregular-spacing': ['warn', {doubled: false}]}}), [])
  assert.throws(() => lint('x', {rules: {'doubled-punctuations': 'off'}}), (error: Error) => error instanceof ConfigError && /did you mean "doubled-punctuation"/.test(error.message))
  assert.throws(() => lint('x', {rules: {'irregular-spacing': ['warn', {doubld: false}]}}), /no option "doubld" \(did you mean "doubled"\?\)/)
  assert.throws(() => lint('x', {rules: {'irregular-spacing': 'loud' as never}}), /invalid severity "loud"/)
})

test('fix returns output, applied fixes and what remains', () => {
  const result = fix('a,, b. .')
  assert.equal(result.output, 'a, b.')
  assert.deepEqual(result.applied.map((applied) => applied.ruleId), ['doubled-punctuation', 'doubled-punctuation'])
  assert.deepEqual(result.remaining, [])
})

test('every registered rule has complete metadata', () => {
  const ids = new Set<string>()
  for (const rule of rules) {
    const {meta} = rule
    assert.match(meta.id, /^[a-z]+(-[a-z]+)*$/)
    assert.ok(!ids.has(meta.id), `duplicate id ${meta.id}`)
    ids.add(meta.id)
    assert.ok(meta.description.length > 10)
    assert.ok(['safe', 'suggestion', 'none'].includes(meta.fix))
    assert.ok(['off', 'warn', 'error'].includes(meta.severity))
    assert.equal(meta.url, `https://github.com/scrapelint/scrapelint/blob/main/docs/rules/${meta.id}.md`)
  }
})

test('a file linted the way the CLI does: resolveConfigForFile, then lintDocument / fixDocument with its setup', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-api-'))
  writeFileSync(path.join(dir, '.scrapelintrc.json'), JSON.stringify({rules: {'doubled-punctuation': 'error'}}))
  const file = path.join(dir, 'page.txt')
  const config = await resolveConfigForFile(file, {cwd: dir})
  const {messages} = lintDocument('Done,, then more.', config.setup, {path: file})
  assert.deepEqual(messages.map((message) => [message.ruleId, message.severity]), [['doubled-punctuation', 2]])
  assert.equal(fixDocument('Done,, then more.', config.setup, {path: file}).output, 'Done, then more.')
})
