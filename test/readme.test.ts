/**
 * The README's examples are the real output of the commands they show, so
 * they cannot drift from the code unnoticed.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {run} from './cli/run.js'

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

test('README "JSON output": the example is what the command prints', () => {
  const section = README.slice(README.indexOf('### JSON output'))
  const command = /\$ echo '([^']+)' \\\n\s*\| npx scrapelint (.+)\n/.exec(section)
  const shown = /```json\n([\s\S]*?)```/.exec(section)
  assert.ok(command && shown, 'the section shows a command and its JSON')
  const {stdout} = run(command[2].split(' '), {input: command[1] + '\n'})
  assert.deepEqual(JSON.parse(stdout), JSON.parse(shown[1]))
})

test('README opening: the excerpt of `scrapelint examples/` matches the real report', () => {
  const excerpt = /\$ npx scrapelint examples\/\n([\s\S]*?)```/.exec(README)![1]
  const {stdout} = run(['examples/'], {cwd: new URL('../..', import.meta.url).pathname})
  const normalise = (line: string) => line.trim().split(/\s+/).join(' ')
  const report = stdout.split('\n').map(normalise)
  for (const line of excerpt.split('\n').filter((line) => line && line !== '…')) {
    assert.ok(report.includes(normalise(line)), `not in the real report: ${line}`)
  }
})
