/**
 * `scrapelint corpus`: one output line per input document in input order,
 * broken lines reported in place, gzip in and out, --drop, --fix; damaged
 * gzip, a BOM, and a reader that closes the output early.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {constants as zlibConstants, gunzipSync, gzipSync} from 'node:zlib'
import {BIN, corpus, jsonl, prose, records, workspace} from './helpers.js'

const DIRTY = 'The café reopened on Monday , the owner said.&nbsp;It now opens at seven every morning.'

test('output follows input order whatever the document sizes and the number of jobs', () => {
  const sizes = [120_000, 10, 3000, 1, 60_000, 40, 500, 90_000, 20, 7000, 30_000, 5, 15_000, 2, 800]
  const rows: unknown[] = []
  for (let round = 0; round < 3; round++) sizes.forEach((size, index) => rows.push({id: `d${round}-${index}`, text: prose(size, index)}))
  const input = jsonl(rows)
  const one = corpus(['-j', '1', '-q', '-'], {input})
  const two = corpus(['-j', '2', '-q', '-'], {input})
  assert.equal(one.code, 0, one.stderr)
  assert.equal(two.code, 0, two.stderr)
  const ids = records(two.text).map((record) => record.id)
  assert.deepEqual(
    ids,
    rows.map((row) => (row as {id: string}).id)
  )
  assert.ok(Buffer.compare(one.stdout, two.stdout) === 0, 'one job and two jobs give the same bytes')
})

test('each output line holds id, score, keep and counts per category', () => {
  const {code, text, stderr} = corpus(['-j', '1', '-'], {input: jsonl([{id: 'a', text: prose(600)}, {id: 7, text: DIRTY}, {text: prose(100)}])})
  assert.equal(code, 0)
  const [clean, dirty, anonymous] = records(text)
  assert.deepEqual(Object.keys(clean), ['id', 'score', 'keep', 'counts'])
  assert.equal(clean.id, 'a')
  assert.deepEqual(clean.counts, {})
  assert.ok(clean.score! >= 90)
  assert.equal(dirty.id, 7)
  assert.ok(dirty.counts!.whitespace >= 1 && dirty.counts!.markup >= 1, JSON.stringify(dirty.counts))
  assert.ok(dirty.score! < clean.score!)
  assert.equal(anonymous.id, null)
  assert.match(stderr, /^scrapelint corpus: 3 documents \(0 dropped\), 0 errors; 0\.0 MB in [\d.]+ s, [\d.]+ MB\/s; CPU [\d.]+ s; peak RSS \d+ MB\n$/)
})

test('a broken line gives {id?, line, error} in its place and the run goes on', () => {
  const lines = [
    JSON.stringify({id: 1, text: prose(300)}),
    '{"id": 2, "text": "unterminated',
    JSON.stringify({id: 3, body: 'no text field'}),
    JSON.stringify({id: 4, text: 42}),
    '[1, 2]',
    '',
    JSON.stringify({id: 6, text: prose(300, 2)})
  ]
  const input = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a])])
  const {code, text, stderr} = corpus(['-j', '2', '-'], {input})
  assert.equal(code, 0)
  const out = records(text)
  assert.equal(out.length, 7)
  assert.deepEqual(out[0].id, 1)
  assert.equal(out[1].line, 2)
  assert.match(out[1].error!, /^invalid JSON/)
  assert.equal(out[1].id, undefined)
  assert.deepEqual(out[2], {id: 3, line: 3, error: 'no "text" field'})
  assert.deepEqual(out[3], {id: 4, line: 4, error: '"text" is not a string'})
  assert.deepEqual(out[4], {line: 5, error: 'not a JSON object'})
  assert.equal(out[5].id, 6)
  assert.deepEqual(out[6], {line: 8, error: 'invalid UTF-8'})
  assert.match(stderr, /2 documents \(0 dropped\), 5 errors/)
  assert.equal(corpus(['--strict', '-q', '-'], {input}).code, 1)
  assert.equal(corpus(['--strict', '-q', '-'], {input: jsonl([{id: 1, text: prose(300)}])}).code, 0)
})

test('gzipped input (by its magic number) and gzipped output (by the .gz name)', () => {
  const rows = Array.from({length: 30}, (_, index) => ({id: index, text: index % 3 ? prose(2000, index) : DIRTY}))
  const dir = workspace({'in.jsonl': jsonl(rows), 'in.jsonl.gz': gzipSync(jsonl(rows)), 'renamed.data': gzipSync(jsonl(rows))})
  const plain = corpus(['-q', 'in.jsonl'], {cwd: dir})
  assert.equal(records(plain.text).length, 30)
  assert.equal(corpus(['-q', 'in.jsonl.gz'], {cwd: dir}).text, plain.text)
  assert.equal(corpus(['-q', 'renamed.data'], {cwd: dir}).text, plain.text)
  assert.equal(corpus(['-q', '-'], {input: gzipSync(jsonl(rows))}).text, plain.text)
  const written = corpus(['-q', 'in.jsonl.gz', '--output', 'out.jsonl.gz'], {cwd: dir})
  assert.equal(written.code, 0)
  assert.equal(written.text, '')
  assert.equal(gunzipSync(readFileSync(path.join(dir, 'out.jsonl.gz'))).toString('utf8'), plain.text)
  corpus(['-q', 'in.jsonl', '-o', 'out.jsonl'], {cwd: dir})
  assert.equal(readFileSync(path.join(dir, 'out.jsonl'), 'utf8'), plain.text)
})

test('--min-score marks documents keep:false; with --drop they are left out', () => {
  const input = jsonl([
    {id: 'good', text: prose(800)},
    {id: 'bad', text: DIRTY},
    {id: 'good2', text: prose(800, 3)}
  ])
  const marked = records(corpus(['-q', '--min-score', '80', '-'], {input}).text)
  assert.deepEqual(
    marked.map((record) => [record.id, record.keep]),
    [
      ['good', true],
      ['bad', false],
      ['good2', true]
    ]
  )
  const dropped = corpus(['--min-score', '80', '--drop', '-'], {input})
  assert.deepEqual(
    records(dropped.text).map((record) => record.id),
    ['good', 'good2']
  )
  assert.match(dropped.stderr, /3 documents \(1 dropped\), 0 errors/)
  const usage = corpus(['--drop', '-'], {input})
  assert.equal(usage.code, 2)
  assert.match(usage.stderr, /--drop leaves out documents below --min-score/)
})

test('--fix emits the cleaned text; --messages the findings (positions in the input)', () => {
  const [record] = records(corpus(['-q', '--fix', '--messages', '-'], {input: jsonl([{id: 1, text: DIRTY}])}).text)
  assert.equal(record.text, 'The café reopened on Monday, the owner said. It now opens at seven every morning.')
  assert.ok(record.messages!.some((message) => message.ruleId === 'irregular-spacing'))
  assert.ok(record.counts!.whitespace >= 1, 'counts describe the input, not the cleaned text')
})

test('directories of text files: one document per file, id = relative path', () => {
  const dir = workspace({'site/a.txt': prose(500), 'site/sub/b.md': '# Title\n\n' + prose(300), 'site/skip.bin': 'x', 'site/c.txt': DIRTY})
  const {code, text} = corpus(['-q', 'site'], {cwd: dir})
  assert.equal(code, 0)
  assert.deepEqual(
    records(text).map((record) => record.id),
    ['a.txt', 'c.txt', 'sub/b.md']
  )
})

test('missing inputs are reported, the others still processed, exit 2; usage errors exit 2', () => {
  const dir = workspace({'in.jsonl': jsonl([{id: 1, text: prose(100)}])})
  const result = corpus(['-q', 'missing.jsonl', 'in.jsonl'], {cwd: dir})
  assert.equal(result.code, 2)
  assert.match(result.stderr, /missing\.jsonl: no such file or directory/)
  assert.equal(records(result.text).length, 1)
  assert.equal(corpus(['--jobs', '0']).code, 2)
  assert.match(corpus(['--preset', 'corpse']).stderr, /unknown preset "corpse".*did you mean "corpus"/)
  assert.match(corpus(['--learn-boilerplate', '-']).stderr, /standard input cannot/)
  assert.match(corpus(['--bogus']).stderr, /unknown option --bogus/)
  const text = workspace({'page.txt': 'One line.\nTwo lines.\n'})
  const notJsonl = corpus(['-q', 'page.txt'], {cwd: text})
  assert.equal(notJsonl.code, 2)
  assert.equal(notJsonl.stderr, 'scrapelint: error: page.txt: a text file, not JSONL; give the directory it is in to score text files, one document each\n')
})

test('outputs are checked before the run: a missing directory is created, a directory as the file is a usage error', () => {
  const dir = workspace({'in.jsonl': jsonl([{id: 1, text: prose(100)}]), 'taken/keep.txt': ''})
  const created = corpus(['-q', '--output-file', 'new/out.jsonl', 'in.jsonl'], {cwd: dir})
  assert.equal(created.code, 0)
  assert.equal(records(readFileSync(path.join(dir, 'new/out.jsonl'), 'utf8')).length, 1)
  const intoDirectory = corpus(['-q', '-o', 'taken', 'in.jsonl'], {cwd: dir})
  assert.equal(intoDirectory.code, 2)
  assert.equal(intoDirectory.stderr, 'scrapelint: error: --output taken: cannot write it (EISDIR: it is a directory)\n')
  const table = corpus(['-q', '--learn-boilerplate', '--boilerplate-table', 'taken', '-o', 'out.jsonl', 'in.jsonl'], {cwd: dir})
  assert.equal(table.code, 2)
  assert.equal(table.stderr, 'scrapelint: error: --boilerplate-table taken: cannot write it (EISDIR: it is a directory)\n')
  const before = readFileSync(path.join(dir, 'in.jsonl'), 'utf8')
  const overwrite = corpus(['-q', '-o', './in.jsonl', 'in.jsonl'], {cwd: dir})
  assert.equal(overwrite.code, 2)
  assert.equal(overwrite.stderr, 'scrapelint: error: --output ./in.jsonl is also an input; write the output to another file\n')
  assert.equal(readFileSync(path.join(dir, 'in.jsonl'), 'utf8'), before)
})

test('--preset picks the base rules; a config file and --rule apply over it', () => {
  const input = jsonl([{id: 1, text: 'He said “yes” and then "no" to the plan for the harbour.'}])
  const count = (args: string[], cwd?: string) => records(corpus(['-q', ...args, '-'], {input, cwd}).text)[0].counts!.quotes ?? 0
  assert.equal(count(['--no-config']), 0, 'quotes are style: off in corpus')
  assert.equal(count(['--no-config', '--preset', 'strict']), 1)
  assert.equal(count(['--no-config', '--rule', 'inconsistent-quotes:warn']), 1)
  const dir = workspace({'.scrapelintrc.json': JSON.stringify({rules: {'inconsistent-quotes': 'warn'}})})
  assert.equal(count([], dir), 1)
  writeFileSync(path.join(dir, '.scrapelintrc.json'), JSON.stringify({rules: {'inconsistent-quotes': 'off'}}))
  assert.equal(count(['--preset', 'strict'], dir), 0)
})

test('a damaged gzip input keeps the documents before the damage, is reported, and the next input is still read; exit 2', () => {
  const rows = Array.from({length: 40}, (_, index) => ({id: index, text: prose(1500, index)}))
  const whole = gzipSync(jsonl(rows))
  const truncated = whole.subarray(0, Math.floor(whole.length / 2))
  // What zlib can recover: the complete lines before the cut, then a partial one.
  const recovered = gunzipSync(truncated, {finishFlush: zlibConstants.Z_SYNC_FLUSH}).toString('utf8').split('\n')
  const complete = recovered.length - 1
  assert.ok(complete > 0 && recovered[complete] !== '', 'the cut falls inside a line')
  const badCheck = Buffer.from(whole)
  badCheck[badCheck.length - 8] ^= 0xff // the CRC-32 in the trailer
  const dir = workspace({'trunc.jsonl.gz': truncated, 'bad-check.jsonl.gz': badCheck, 'good.jsonl': jsonl([{id: 'good', text: prose(200)}])})
  const ids = (count: number) => rows.slice(0, count).map((row) => row.id)

  const result = corpus(['trunc.jsonl.gz', 'good.jsonl'], {cwd: dir})
  assert.equal(result.code, 2)
  assert.deepEqual(
    records(result.text).map((record) => record.id),
    [...ids(complete), 'good']
  )
  const [problem, summary] = result.stderr.split('\n')
  assert.equal(problem, `scrapelint: error: trunc.jsonl.gz: damaged gzip data after line ${complete} (unexpected end of file); the partial line ${complete + 1} is left out`)
  assert.match(summary, new RegExp(`^scrapelint corpus: ${complete + 1} documents \\(0 dropped\\), 0 errors`))

  // zlib withholds the output of the round in which it finds corrupt data: the message says which lines were read.
  const checked = corpus(['-q', 'bad-check.jsonl.gz', 'good.jsonl'], {cwd: dir})
  assert.equal(checked.code, 2)
  const [, read] = /^scrapelint: error: bad-check\.jsonl\.gz: damaged gzip data after line (\d+) \(incorrect data check\)(?:; the partial line \d+ is left out)?\n$/.exec(checked.stderr) ?? []
  assert.ok(read, checked.stderr)
  assert.deepEqual(
    records(checked.text).map((record) => record.id),
    [...ids(Number(read)), 'good']
  )

  const piped = corpus(['-q', '-'], {input: truncated})
  assert.equal(piped.code, 2)
  assert.equal(piped.text, records(result.text).slice(0, complete).map((record) => JSON.stringify(record) + '\n').join(''))
  assert.match(piped.stderr, /^scrapelint: error: standard input: damaged gzip data after line \d+ \(unexpected end of file\)/)
})

test('a UTF-8 BOM at the start of each JSONL input (file, gzip or stdin) is skipped', () => {
  const bom = '\uFEFF'
  const dir = workspace({
    'a.jsonl': bom + jsonl([{id: 'a1', text: prose(200)}, {id: 'a2', text: prose(200, 1)}]),
    'b.jsonl.gz': gzipSync(bom + jsonl([{id: 'b1', text: prose(200, 2)}])),
    'crlf.jsonl': bom + JSON.stringify({id: 'c1', text: prose(200, 3)}) + '\r\n'
  })
  const files = corpus(['-q', 'a.jsonl', 'b.jsonl.gz', 'crlf.jsonl'], {cwd: dir})
  assert.equal(files.code, 0, files.stderr)
  assert.deepEqual(
    records(files.text).map((record) => record.id),
    ['a1', 'a2', 'b1', 'c1']
  )
  const piped = corpus(['-q', '--strict', '-'], {input: bom + jsonl([{id: 's1', text: prose(200)}])})
  assert.equal(piped.code, 0, piped.stderr)
  assert.deepEqual(
    records(piped.text).map((record) => record.id),
    ['s1']
  )
})

test('a reader that closes the output early (`| head`) stops the run quietly', async () => {
  const dir = workspace({'big.jsonl': jsonl(Array.from({length: 20_000}, (_, index) => ({id: index, text: prose(300, index)})))})
  const child = spawn(process.execPath, [BIN, 'corpus', '-j', '2', 'big.jsonl'], {cwd: dir, env: {...process.env, NO_COLOR: '1'}})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdout.once('data', () => child.stdout.destroy())
  const timer = setTimeout(() => child.kill(), 30_000)
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null]
  clearTimeout(timer)
  assert.equal(signal, null, 'ended by itself, not killed')
  assert.equal(code, 0, stderr)
  assert.equal(stderr, '', 'no stack trace, no summary')
})
