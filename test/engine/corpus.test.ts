import {test} from 'node:test'
import assert from 'node:assert/strict'
import {CorpusBuilder, corpusKey, unicodeCorpusKey} from '../../src/engine/corpus.js'

test('lines are compared in lower case, numbers and punctuation aside', () => {
  assert.equal(corpusKey('  © 2019 Site, Inc. All Rights Reserved '), '0 site inc all rights reserved')
  assert.equal(corpusKey('© 2019 Site, Inc.'), corpusKey('© 2020 SITE INC'))
  assert.equal(corpusKey('—'), '')
})

test('the ASCII pass gives the key of the definition', () => {
  const alphabet = 'aZq09 7.,-\t\n\u007f\u0001_|©é'
  let seed = 11
  for (let round = 0; round < 20_000; round++) {
    let line = ''
    const length = round % 24
    for (let index = 0; index < length; index++) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      // Mostly ASCII lines; now and then one with `©` or `é`, which takes the definition's own path.
      line += alphabet[(seed >> 8) % (round % 7 === 0 ? alphabet.length : alphabet.length - 2)]
    }
    assert.equal(corpusKey(line), unicodeCorpusKey(line), JSON.stringify(line))
  }
  assert.equal(corpusKey(' Page 12 of 30 '), 'page 0 of 0')
  assert.equal(corpusKey('v1.2.3-beta'), 'v0 0 0 beta')
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
