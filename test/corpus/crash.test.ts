/**
 * A rule that throws on one document, and a worker that dies on one: that
 * document's line reports it, every other document is processed.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {corpus, jsonl, prose, records, workspace} from './helpers.js'

const PLUGIN = `export default function trap() {
  return (tree, file) => {
    const text = String(file)
    if (text.includes('EXPLODE')) throw new Error('thrown on purpose')
    if (text.includes('VANISH')) process.exit(7)
  }
}
`

test('a crashing rule or a dying worker costs one document, not the run', () => {
  const dir = workspace({'trap.mjs': PLUGIN, '.scrapelintrc.json': JSON.stringify({plugins: ['./trap.mjs']})})
  const input = jsonl([
    {id: 1, text: prose(300)},
    {id: 2, text: 'This one will EXPLODE in the rule.'},
    {id: 3, text: prose(300, 1)},
    {id: 4, text: 'This one makes the worker VANISH at once.'},
    {id: 5, text: prose(300, 2)}
  ])
  const result = corpus(['-j', '2', '-'], {cwd: dir, input})
  assert.equal(result.code, 0, result.stderr)
  const out = records(result.text)
  assert.deepEqual(
    out.map((record) => record.id),
    [1, 2, 3, 4, 5]
  )
  assert.deepEqual(out[1], {id: 2, line: 2, error: 'rule trap crashed: thrown on purpose'})
  assert.equal(out[3].line, 4)
  assert.match(out[3].error!, /^worker crashed: /)
  for (const index of [0, 2, 4]) assert.equal(typeof out[index].score, 'number')
  assert.match(result.stderr, /3 documents \(0 dropped\), 2 errors/)
  assert.equal(corpus(['-q', '--strict', '-'], {cwd: dir, input}).code, 1)
})
