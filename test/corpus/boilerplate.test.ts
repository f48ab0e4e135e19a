/**
 * `--learn-boilerplate` and `--boilerplate-table`: lines recurring across the
 * documents of one site become chrome-template findings whose fix deletes
 * them; a saved table gives the same output as learning again.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {BoilerplateLearner, siteContexts, siteOfUrl} from '../../src/corpus/boilerplate.js'
import {corpus, jsonl, prose, records, workspace, type OutputRecord} from './helpers.js'

const FOOTER = 'Get the Harbour Brief in your inbox every morning at seven'

function rows() {
  const result: unknown[] = []
  for (let index = 0; index < 6; index++) result.push({id: `a${index}`, url: `https://www.harbour.example/news/${index}`, text: `${prose(400, index)}\n\n${FOOTER}`})
  for (let index = 0; index < 2; index++) result.push({id: `b${index}`, url: `https://other.example/${index}`, text: `${prose(400, index)}\n\n${FOOTER}`})
  result.push({id: 'c', text: `${prose(400)}\n\n${FOOTER}`})
  return result
}

const template = (record: OutputRecord) => (record.messages ?? []).filter((message) => message.ruleId === 'chrome-template').length

test('site of a URL: its host without www.', () => {
  assert.equal(siteOfUrl('https://www.Example.com/a?b'), 'example.com')
  assert.equal(siteOfUrl('http://news.example.org:8080/'), 'news.example.org')
  assert.equal(siteOfUrl('not a url'), undefined)
  assert.equal(siteOfUrl(42), undefined)
})

test('the learner keeps, per site, the lines found in enough of its documents', () => {
  const learner = new BoilerplateLearner({minDocuments: 3, share: 0.5})
  for (let index = 0; index < 4; index++) learner.add('a', `Unique line ${'x'.repeat(index + 1)}\nShared footer line\nShared footer line`)
  learner.add('a', 'Another page without it')
  learner.add('b', 'Shared footer line')
  const table = learner.table()
  assert.equal(table.sites.a.documents, 5)
  assert.equal(table.sites.a.lines.length, 1)
  assert.equal(table.sites.a.lines[0][1], 4, 'a document counts a line once')
  assert.equal(table.sites.b.lines.length, 0)
  const contextOf = siteContexts(table)
  assert.equal(contextOf('a')!.filesWith('shared   FOOTER line!'), 4, 'lines compare in normal form')
  assert.equal(contextOf('a')!.files, 5)
  assert.equal(contextOf('b'), undefined)
  assert.equal(contextOf(undefined), undefined)
})

test('learned boilerplate is reported per site and deleted by --fix; the saved table gives the same output', () => {
  const dir = workspace({'in.jsonl': jsonl(rows())})
  const learned = corpus(['-q', '--learn-boilerplate', '--boilerplate-table', 'table.json', '--messages', '--fix', 'in.jsonl'], {cwd: dir})
  assert.equal(learned.code, 0, learned.stderr)
  const out = records(learned.text)
  assert.deepEqual(out.map(template), [1, 1, 1, 1, 1, 1, 0, 0, 0], 'only the site where the line recurs')
  assert.equal(out[0].text, prose(400, 0))
  assert.ok(out[6].text!.endsWith(FOOTER))
  assert.ok(out[0].counts!.chrome >= 1)

  const table = JSON.parse(readFileSync(path.join(dir, 'table.json'), 'utf8'))
  assert.equal(table.format, 'scrapelint-boilerplate')
  assert.equal(table.sites['harbour.example'].documents, 6)
  assert.ok(table.sites['harbour.example'].lines.length >= 1)
  assert.ok(!readFileSync(path.join(dir, 'table.json'), 'utf8').includes('Harbour Brief'), 'the table holds hashes, not text')

  const loaded = corpus(['-q', '--boilerplate-table', 'table.json', '--messages', '--fix', '-'], {cwd: dir, input: jsonl(rows())})
  assert.equal(loaded.code, 0, loaded.stderr)
  assert.equal(loaded.text, learned.text)

  const without = records(corpus(['-q', '--messages', 'in.jsonl'], {cwd: dir}).text)
  assert.deepEqual(without.map(template), [0, 0, 0, 0, 0, 0, 0, 0, 0])
})

test('directories: the site is the directory of each file', () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 4; index++) files[`crawl/harbour/${index}.txt`] = `${prose(300, index)}\n\n${FOOTER}\n`
  files['crawl/other/0.txt'] = `${prose(300)}\n\n${FOOTER}\n`
  const dir = workspace(files)
  const out = records(corpus(['-q', '--learn-boilerplate', '--messages', 'crawl'], {cwd: dir}).text)
  assert.deepEqual(
    out.map((record) => [record.id, template(record)]),
    [
      ['harbour/0.txt', 1],
      ['harbour/1.txt', 1],
      ['harbour/2.txt', 1],
      ['harbour/3.txt', 1],
      ['other/0.txt', 0]
    ]
  )
})

test('a table that cannot be read or is not a table stops the run (exit 2)', () => {
  const dir = workspace({'bad.json': '{"format": "something else"}', 'in.jsonl': jsonl(rows())})
  const missing = corpus(['--boilerplate-table', 'nope.json', 'in.jsonl'], {cwd: dir})
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /--boilerplate-table nope\.json: cannot read it/)
  const bad = corpus(['--boilerplate-table', 'bad.json', 'in.jsonl'], {cwd: dir})
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /not a scrapelint boilerplate table/)
  writeFileSync(path.join(dir, 'bad.json'), 'not json')
  assert.match(corpus(['--boilerplate-table', 'bad.json', 'in.jsonl'], {cwd: dir}).stderr, /not JSON/)
})
