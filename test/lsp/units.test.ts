import {test} from 'node:test'
import assert from 'node:assert/strict'
import {Doc} from '../../src/engine/doc.js'
import {describeEdit, minimalEdit} from '../../src/lsp/actions.js'
import {negotiateEncoding, PositionConverter} from '../../src/lsp/positions.js'
import {readSettings} from '../../src/lsp/settings.js'

test('encoding negotiation: the client order among what we support, else UTF-16', () => {
  assert.equal(negotiateEncoding(undefined), 'utf-16')
  assert.equal(negotiateEncoding(['utf-32', 'utf-8']), 'utf-32')
  assert.equal(negotiateEncoding(['latin-1', 'utf-8']), 'utf-8')
  assert.equal(negotiateEncoding(['latin-1']), 'utf-16')
})

test('positions in UTF-16, UTF-8 and UTF-32 round-trip through offsets', () => {
  const text = 'ab\r\né😀x\nz'
  const doc = new Doc(text)
  const offsetOfX = text.indexOf('x')
  const expected = {'utf-16': 3, 'utf-8': 6, 'utf-32': 2} as const
  for (const encoding of ['utf-16', 'utf-8', 'utf-32'] as const) {
    const positions = new PositionConverter(doc, encoding)
    assert.deepEqual(positions.position(offsetOfX), {line: 1, character: expected[encoding]}, encoding)
    assert.equal(positions.offset({line: 1, character: expected[encoding]}), offsetOfX, encoding)
    assert.deepEqual(positions.position(text.length), {line: 2, character: 1})
    // Past the end of a line or of the document: clamped.
    assert.equal(positions.offset({line: 0, character: 99}), 2)
    assert.equal(positions.offset({line: 9, character: 0}), text.length)
  }
  // An offset inside "\r\n" maps to the end of its line.
  assert.deepEqual(new PositionConverter(doc, 'utf-16').position(3), {line: 0, character: 2})
})

test('minimalEdit: one edit over the changed middle, never splitting a surrogate pair', () => {
  const before = 'keep 😀 a,, b keep'
  const after = 'keep 😀 a, b keep'
  const positions = new PositionConverter(new Doc(before), 'utf-16')
  assert.deepEqual(minimalEdit(before, after, positions), {range: {start: {line: 0, character: 10}, end: {line: 0, character: 11}}, newText: ''})
  assert.equal(minimalEdit(before, before, positions), undefined)
  const emoji = minimalEdit('x😀y', 'x😁y', new PositionConverter(new Doc('x😀y'), 'utf-16'))!
  assert.deepEqual(emoji, {range: {start: {line: 0, character: 1}, end: {line: 0, character: 3}}, newText: '😁'})
})

test('quick-fix titles show invisible characters and line breaks', () => {
  assert.equal(describeEdit('\u00a0', ''), 'Delete “U+00A0”')
  assert.equal(describeEdit('a. b', 'a.\nb'), 'Replace “a. b” with “a.⏎b”')
  assert.equal(describeEdit('', ' '), 'Insert “ ”')
})

test('settings are read leniently', () => {
  const warnings: string[] = []
  const settings = readSettings({enable: 'yes', maxFileSize: -1, rules: ['x']}, (message) => warnings.push(message))
  assert.deepEqual(settings, {enable: true, rules: {}, maxFileSize: 2 * 1024 * 1024})
  assert.equal(warnings.length, 3)
  assert.deepEqual(readSettings({enable: false, maxFileSize: 10, rules: {a: 'off'}}, () => {}), {enable: false, maxFileSize: 10, rules: {a: 'off'}})
})
