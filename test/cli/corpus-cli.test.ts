/**
 * The CLI's corpus pre-pass: lines recurring across the files of one run are
 * counted before any file is linted, for rules that compare files.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const BIN = fileURLToPath(new URL('../../../bin/scrapelint.js', import.meta.url))
const FOOTER = 'Get the Daily Brief in your inbox every morning at seven'
const page = (topic: string) => `The ${topic} reopened on Monday after the storm, the city said in a statement.\n\n${FOOTER}\n`

function workspace(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'scrapelint-corpus-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content)
  return directory
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {cwd, env: {...process.env, NO_COLOR: '1'}, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const templateMessages = (stdout: string) =>
  (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string}>}>).map((result) => result.messages.filter((message) => message.ruleId === 'chrome-template').length)

test('a line shared by the files of the run is flagged in each of them', () => {
  const dir = workspace({'a.txt': page('harbour'), 'b.txt': page('library'), 'c.txt': page('pool')})
  const {code, stdout} = run(['--format', 'json', '.'], dir)
  assert.equal(code, 0)
  assert.deepEqual(templateMessages(stdout), [1, 1, 1])
})

test('one file alone, or the rule off: no pre-pass finding', () => {
  const dir = workspace({'a.txt': page('harbour'), 'b.txt': page('library'), 'c.txt': page('pool')})
  assert.deepEqual(templateMessages(run(['--format', 'json', 'a.txt'], dir).stdout), [0])
  assert.deepEqual(templateMessages(run(['--format', 'json', '--rule', 'chrome-template:off', '.'], dir).stdout), [0, 0, 0])
})

test('--fix with the corpus: safe fixes only, template lines stay (a suggestion)', () => {
  const dir = workspace({'a.txt': page('harbour'), 'b.txt': page('library'), 'c.txt': page('pool')})
  assert.equal(run(['--fix', '.'], dir).code, 0)
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), page('harbour'))
  run(['--fix', '--unsafe', '.'], dir)
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'The harbour reopened on Monday after the storm, the city said in a statement.\n')
})
