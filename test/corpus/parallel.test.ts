/**
 * The command is a pure line-in/line-out filter: split the input across
 * GNU parallel jobs (`--pipe --keep-order`) or into shard files, and the
 * joined output is byte for byte that of one run.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {BIN, corpus, jsonl, prose, workspace} from './helpers.js'

const DIRTY = 'Prices rose again in March , the office said.&amp; More figures follow next week.'

function input(): string {
  const rows: unknown[] = []
  for (let index = 0; index < 40; index++) {
    rows.push({id: index, url: `https://site${index % 2}.example/${index}`, text: index % 5 === 0 ? DIRTY : `${prose(200 + ((index * 997) % 3000), index)}\n\nShare this story with a friend today`})
  }
  return jsonl(rows)
}

const hasParallel = spawnSync('parallel', ['--version'], {stdio: 'ignore'}).status === 0

test('GNU parallel --pipe --keep-order gives the output of one run', {skip: hasParallel ? false : 'GNU parallel is not installed (apt-get install -y parallel)'}, () => {
  const dir = workspace({'in.jsonl': input()})
  const args = ['-q', '-j', '1', '--fix', '--min-score', '60', '--learn-boilerplate', '--boilerplate-table', 'table.json', 'in.jsonl']
  const one = corpus(args, {cwd: dir})
  assert.equal(one.code, 0, one.stderr)
  const split = spawnSync(
    'parallel',
    ['--will-cite', '--pipe', '--keep-order', '-N', '7', '-j', '2', process.execPath, BIN, 'corpus', '-q', '-j', '1', '--fix', '--min-score', '60', '--boilerplate-table', 'table.json', '-'],
    {cwd: dir, input: readFileSync(path.join(dir, 'in.jsonl')), maxBuffer: 64 * 1024 * 1024}
  )
  assert.equal(split.status, 0, split.stderr.toString())
  assert.equal(Buffer.compare(split.stdout, one.stdout), 0, 'byte-identical')
})

test('sharded runs (one shard file per job), joined in shard order, give the output of one run', () => {
  const lines = input().split(/(?<=\n)/)
  const shards: Record<string, string> = {}
  for (let shard = 0; shard < 3; shard++) shards[`shard-${shard}.jsonl`] = lines.slice(shard * 14, (shard + 1) * 14).join('')
  const dir = workspace({'in.jsonl': lines.join(''), ...shards})
  const one = corpus(['-q', '-j', '1', 'in.jsonl'], {cwd: dir})
  const joined = Object.keys(shards).map((name) => corpus(['-q', '-j', '1', name], {cwd: dir}).text)
  assert.equal(joined.join(''), one.text)
  // A single run over the shards in order is the same as well.
  assert.equal(corpus(['-q', ...Object.keys(shards)], {cwd: dir}).text, one.text)
})
