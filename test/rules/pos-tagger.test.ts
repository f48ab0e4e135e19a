import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import test from 'node:test'
import {LexiconTable, lexiconTableFile, possibleTags, serialiseLexicon, tagText} from '../../rules/lib/pos-tagger.js'
import {joinWordLines} from '../../rules/lib/sorted-lines.js'

test('lexicon table: exact keys by binary search, prefixes and neighbours are not matches', () => {
  const table = new LexiconTable(Buffer.from(joinWordLines(['\tNN', 'A\tDT', 'a\tDT', 'ab\tNN VB', 'abc\tJJ', 'empty\t', 'zebra\tNN', 'é\tFW'])))
  assert.deepEqual(table.tags(''), ['NN'])
  assert.deepEqual(table.tags('A'), ['DT'])
  assert.deepEqual(table.tags('ab'), ['NN', 'VB'])
  assert.deepEqual(table.tags('abc'), ['JJ'])
  assert.deepEqual(table.tags('empty'), [])
  assert.deepEqual(table.tags('é'), ['FW'])
  for (const missing of ['abcd', 'aa', 'B', 'zebras', 'zz', 'ê', '\t', 'a\tDT']) assert.equal(table.tags(missing), undefined, missing)
})

test('the build wrote the lexicon table the package gives', () => {
  const file = lexiconTableFile()
  assert.ok(existsSync(file), `${file} is missing: run the build`)
  assert.equal(readFileSync(file, 'utf8'), serialiseLexicon())
})

test('tags: as written, else in lower case; words on the object prototype are unknown', () => {
  assert.deepEqual(possibleTags('The'), ['DT', 'NNP', 'JJ', 'NN', 'VB'])
  // Not in the lexicon capitalised: the lower-case entry.
  assert.deepEqual(possibleTags('Walked'), possibleTags('walked'))
  assert.ok(possibleTags('walked').includes('VBD'))
  assert.deepEqual(possibleTags('constructor'), [])
  assert.deepEqual(possibleTags('xqzzyv'), [])
  assert.deepEqual(
    tagText('The dog walked home.').map(({tag}) => tag),
    ['DT', 'NN', 'VBD', 'NN', '.']
  )
  assert.deepEqual(tagText('constructor').map(({tag}) => tag), ['NN'])
})
