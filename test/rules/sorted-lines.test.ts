import assert from 'node:assert/strict'
import test from 'node:test'
import {byCodeUnits, joinWordLines, SortedLines, WordLines} from '../../rules/lib/sorted-lines.js'

test('sorted lines: keys with and without values, with or without a final line break', () => {
  for (const end of ['', '\n']) {
    const lines = new SortedLines(['Zulu', 'a\t1', 'ab', 'abc\tx y', 'é\t'].join('\n') + end)
    assert.equal(lines.size, 5)
    assert.equal(lines.get('Zulu'), '')
    assert.equal(lines.get('a'), '1')
    assert.equal(lines.get('ab'), '')
    assert.equal(lines.get('abc'), 'x y')
    assert.equal(lines.get('é'), '')
    for (const missing of ['', 'A', 'zulu', 'abcd', 'b', 'ê', 'a\t1']) assert.equal(lines.get(missing), undefined, missing)
  }
  assert.equal(new SortedLines('').size, 0)
  assert.equal(new SortedLines('').get(''), undefined)
  assert.equal(new SortedLines('only').get('only'), '')
})

test('byCodeUnits sorts as the search compares: by UTF-16 code units, capitals first', () => {
  assert.deepEqual(['b', 'é', 'B', 'a', 'ab', '\u{1F600}', '\uffff'].sort(byCodeUnits), ['B', 'a', 'ab', 'b', 'é', '\u{1F600}', '\uffff'])
})

test('word lines: ASCII keys and the others in two parts, each searched in its own', () => {
  const lines = ['Zulu', 'a\t1', 'ab', 'café\t2', 'naïve', 'zebra\t3', '\u{1F600}\t4']
  const words = new WordLines(Buffer.from(joinWordLines(lines)))
  assert.equal(words.size, 7)
  for (const [key, value] of [['Zulu', ''], ['a', '1'], ['ab', ''], ['café', '2'], ['naïve', ''], ['zebra', '3'], ['\u{1F600}', '4']]) assert.equal(words.get(key), value, key)
  for (const missing of ['cafe', 'caf', 'naïv', 'b', '', '\u0000']) assert.equal(words.get(missing), undefined, missing)
  // Either part may be empty.
  assert.equal(new WordLines(Buffer.from(joinWordLines(['a', 'b\t1']))).get('b'), '1')
  assert.equal(new WordLines(Buffer.from(joinWordLines(['é\t1']))).get('é'), '1')
  assert.equal(new WordLines(Buffer.from(joinWordLines([]))).size, 0)
  // A trailing line break (the dictionary tables end with one) changes nothing.
  assert.equal(new WordLines(Buffer.from(joinWordLines(lines) + '\n')).get('\u{1F600}'), '4')
  assert.throws(() => new WordLines(Buffer.from('a\nb')), /line between the parts/)
  assert.throws(() => joinWordLines(['word\tvalué']), /outside ASCII/)
})
