import {test} from 'node:test'
import assert from 'node:assert/strict'
import {createSetup} from '../../src/config/setup.js'
import {applyEdits, fixDocument, MAX_PASSES} from '../../src/engine/fix.js'
import {lintDocument} from '../../src/engine/lint.js'
import {defineRule} from '../../src/engine/rule.js'
import {fix, lint} from '../../src/index.js'

test('applyEdits: by offset, in order, overlapping edits skipped', () => {
  const {output, applied} = applyEdits('abcdef', [
    {range: [4, 6], text: 'X'},
    {range: [0, 2], text: 'Y'},
    {range: [1, 3], text: 'Z'}
  ])
  assert.equal(output, 'YcdX')
  assert.deepEqual(applied.map((edit) => edit.text), ['Y', 'X'])
})

test('applyEdits: two insertions at one point keep only the first; adjacent edits both apply', () => {
  assert.equal(applyEdits('ab', [{range: [1, 1], text: '1'}, {range: [1, 1], text: '2'}]).output, 'a1b')
  assert.equal(applyEdits('abcd', [{range: [0, 2], text: 'X'}, {range: [2, 4], text: 'Y'}]).output, 'XY')
})

test('applyEdits: astral characters are two UTF-16 units', () => {
  assert.equal(applyEdits('😀,, x', [{range: [2, 4], text: ','}]).output, '😀, x')
})

test('applyEdits: inserted line breaks follow the document line endings', () => {
  assert.equal(applyEdits('a b\r\nc', [{range: [1, 2], text: '\n'}]).output, 'a\r\nb\r\nc')
})

test('fix converges over several passes when fixes overlap', () => {
  // NBSP next to a doubled space and a space before a mark: overlapping fixes need two passes.
  const input = 'See also\u00a0  the the report , then,, more.  \r\nNext line. .\r\n'
  const result = fix(input)
  assert.equal(result.output, 'See also the report, then, more.\r\nNext line.\r\n')
  assert.deepEqual(lint(result.output).filter((message) => message.fixKind === 'safe'), [])
  assert.ok(result.applied.length >= 6)
})

test('fix keeps a BOM and CRLF line endings', () => {
  const result = fix('\ufeffOne,, two\r\nthree  four\r\n')
  assert.equal(result.output, '\ufeffOne, two\r\nthree four\r\n')
})

test('lint(fix(x)) reports nothing safe-fixable, and fixing twice changes nothing', () => {
  const samples = ['a\u00a0\u00a0b', 'x ,, y', 'It is is  the the end . .', '\u200b\u200b', 'tab\t \t\nend']
  for (const sample of samples) {
    const once = fix(sample).output
    assert.deepEqual(lint(once).filter((message) => message.fixKind === 'safe').map((message) => message.ruleId), [], sample)
    assert.equal(fix(once).output, once)
  }
})

test('suggestions apply only with unsafe', () => {
  assert.equal(fix('It ended,. Then').output, 'It ended,. Then')
  assert.equal(fix('It ended,. Then', {unsafe: true}).output, 'It ended. Then')
})

test('the fixer stops after MAX_PASSES even if a rule never settles', () => {
  const restless = defineRule({
    meta: {id: 'restless', category: 'sentence', description: 'always wants more', fix: 'safe', severity: 'warn'},
    defaults: {},
    create: ({doc, report}) => ({document: () => report({start: doc.text.length, end: doc.text.length, message: 'more', expected: ['x']})})
  })
  const setup = {rules: [{rule: restless, options: {}, severity: 'warn' as const}]}
  const result = fixDocument('', setup)
  assert.equal(result.output, 'x'.repeat(MAX_PASSES))
  assert.equal(result.remaining.length, 1)
})

test('a crashing rule means no fix is applied', () => {
  const broken = defineRule({
    meta: {id: 'broken', category: 'sentence', description: 'throws', fix: 'none', severity: 'warn'},
    defaults: {},
    create: () => ({document: () => { throw new Error('boom') }})
  })
  const setup = {rules: [...createSetup().rules, {rule: broken, options: {}, severity: 'warn' as const}]}
  const result = fixDocument('a,, b', setup)
  assert.equal(result.output, 'a,, b')
  assert.equal(result.failures.length, 1)
  assert.equal(lintDocument('a,, b', setup).failures.length, 1)
})
