import {test} from 'node:test'
import assert from 'node:assert/strict'
import {CorpusBuilder, corpusKey} from '../../src/engine/corpus.js'

test('lines are compared in lower case, numbers and punctuation aside', () => {
  assert.equal(corpusKey('  © 2019 Site, Inc. All Rights Reserved '), '0 site inc all rights reserved')
  assert.equal(corpusKey('© 2019 Site, Inc.'), corpusKey('© 2020 SITE INC'))
  assert.equal(corpusKey('—'), '')
})

test('each file counts a line once, however often it repeats there', () => {
  const builder = new CorpusBuilder()
  builder.add('Home\nNews\nHome\n')
  builder.add('Home\r\nSports\r\n')
  builder.add('Weather')
  const corpus = builder.build()
  assert.equal(corpus.files, 3)
  assert.equal(corpus.filesWith('home'), 2)
  assert.equal(corpus.filesWith('  HOME  '), 2)
  assert.equal(corpus.filesWith('News'), 1)
  assert.equal(corpus.filesWith('Nowhere'), 0)
  assert.equal(corpus.filesWith(''), 0)
})

test('memory is bounded: long lines are not counted, and new keys stop at the limit', () => {
  const builder = new CorpusBuilder({maxLineLength: 20, maxKeys: 2})
  builder.add('a line that is far too long to count\nfirst\nsecond\nthird\n')
  builder.add('first\nthird\n')
  const corpus = builder.build()
  assert.equal(corpus.filesWith('a line that is far too long to count'), 0)
  assert.equal(corpus.filesWith('first'), 2)
  assert.equal(corpus.filesWith('second'), 1)
  assert.equal(corpus.filesWith('third'), 0)
})
