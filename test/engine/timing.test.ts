/** Per-rule timing (`TIMING=1`, as in ESLint): the switch, the table, and the CLI's output. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {enableTimingFromEnv, formatTiming, isTimingEnabled, timed} from '../../src/engine/timing.js'
import {fileURLToPath} from 'node:url'
import {run} from '../cli/run.js'

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url))

test('TIMING: unset or 0 is off, 1 gives ten rows, a larger number that many, all every rule', () => {
  assert.deepEqual(
    [undefined, '', '0', '1', '5', '25', 'all', 'ALL'].map((value) => enableTimingFromEnv(value)),
    [0, 0, 0, 10, 10, 25, Infinity, Infinity]
  )
  assert.equal(isTimingEnabled(), true)
  enableTimingFromEnv(undefined)
  assert.equal(isTimingEnabled(), false)
})

test('timed adds to a total only when on, and passes results and errors through', () => {
  enableTimingFromEnv(undefined)
  assert.equal(timed('a', () => 7), 7)
  enableTimingFromEnv('1')
  assert.equal(timed('a', () => 8), 8)
  assert.throws(() => timed('b', () => { throw new Error('boom') }), /boom/)
  const table = formatTiming(10)
  assert.match(table, /^a +\| +\d+\.\d{3} \| +\d+\.\d%$/m)
  assert.match(table, /^b +\| /m)
  enableTimingFromEnv(undefined)
})

test('the table: slowest first, at most `rows` rows, shares of the total', () => {
  const table = formatTiming(2, new Map([['fast-rule', 1], ['slow-rule', 6], ['(sentence parse)', 3]]))
  assert.equal(
    table,
    [
      'Rule             | Time (ms) | Relative',
      '-----------------|-----------|---------',
      'slow-rule        |     6.000 |    60.0%',
      '(sentence parse) |     3.000 |    30.0%',
      ''
    ].join('\n')
  )
})

test('TIMING=1 prints the table on stderr after the report; stdout keeps the JSON', () => {
  const timedRun = run(['--no-config', '--format', 'json', EXAMPLES], {env: {TIMING: '1'}})
  assert.equal(JSON.parse(timedRun.stdout).length >= 5, true)
  const lines = timedRun.stderr.trimEnd().split('\n')
  assert.equal(lines[0].replace(/ +/g, ' '), 'Rule | Time (ms) | Relative')
  assert.equal(lines.length, 12)
  assert.match(lines[2], /^[a-z()-][a-z -]+ +\| +\d+\.\d{3} \| +\d+\.\d%$/)
  const all = run(['--no-config', EXAMPLES], {env: {TIMING: 'all'}})
  assert.ok(all.stderr.split('\n').length > 20)
  assert.equal(run(['--no-config', EXAMPLES]).stderr, '')
})
