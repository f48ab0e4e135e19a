import assert from 'node:assert/strict'
import test from 'node:test'
import {byCodeUnits, SortedLines} from '../../rules/lib/sorted-lines.js'

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
