import {test} from 'node:test'
import assert from 'node:assert/strict'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Root} from 'nlcst'
import {visit} from 'unist-util-visit'
import {createSetup} from '../../src/config/setup.js'
import {Doc, MAX_BLOCK} from '../../src/engine/doc.js'
import {lintDocument} from '../../src/engine/lint.js'
import {parseStats, sentencesOf} from '../../src/engine/nlcst.js'
import {defineRule} from '../../src/engine/rule.js'
import {runRules} from '../../src/engine/scan.js'
import doubledPunctuation from '../../rules/doubled-punctuation.js'
import repeatedWords from '../../rules/repeated-words.js'
import {onlyRule} from '../helpers.js'

test('lines: LF, CRLF and CR terminators, offsets exclude the terminator', () => {
  const doc = new Doc('a\r\nbb\ncc\rd')
  assert.deepEqual(
    doc.lines.map((line) => [line.start, line.end, line.next, line.text]),
    [[0, 1, 3, 'a'], [3, 5, 6, 'bb'], [6, 8, 9, 'cc'], [9, 10, 10, 'd']]
  )
  assert.equal(doc.lineAt(4).index, 1)
  assert.equal(doc.eol, '\n')
  assert.equal(new Doc('a\r\nb\r\nc\n').eol, '\r\n')
})

test('blocks: bounded size, cut at blank lines, cover every non-blank character', () => {
  const paragraph = 'Word '.repeat(60).trim() + '.'
  const text = Array.from({length: 200}, () => paragraph).join('\n\n')
  const doc = new Doc(text)
  assert.ok(doc.blocks.length > 1)
  for (const block of doc.blocks) {
    assert.ok(block.text.length <= MAX_BLOCK)
    assert.equal(text.slice(block.start, block.end), block.text)
    // Cuts fall at blank lines: the character after a block is a line break.
    if (block.end < text.length) assert.equal(text.slice(block.end, block.end + 2), '\n\n')
  }
  const covered = doc.blocks.map((block) => block.text).join('').replace(/\s/g, '').length
  assert.equal(covered, text.replace(/\s/g, '').length)
})

test('blocks: one huge line is cut into pieces after sentence ends', () => {
  const text = 'This is a sentence. '.repeat(5000)
  const doc = new Doc(text)
  assert.ok(doc.blocks.length >= 20)
  for (const block of doc.blocks) {
    assert.ok(block.text.length <= MAX_BLOCK)
    assert.match(block.text, /^This/)
  }
  assert.equal(doc.blocks.map((block) => block.text).join(''), text)
})

test('rules without a tree listener never cause a parse', () => {
  const before = parseStats.blocks
  lintDocument('Some text,, here. And the the end.', onlyRule('doubled-punctuation'))
  assert.equal(parseStats.blocks, before)
  lintDocument('Some text,, here. And the the end.', onlyRule('repeated-words'))
  assert.equal(parseStats.blocks, before + 1)
})

test('a block no tree rule wants (wantsTree) is never parsed', () => {
  const before = parseStats.blocks
  lintDocument('Nothing repeated here at all.', onlyRule('repeated-words'))
  assert.equal(parseStats.blocks, before)
  const [message] = lintDocument('Nothing here.\n\n' + 'Filler text. '.repeat(400) + '\n\nBut it is is here.', onlyRule('repeated-words')).messages
  assert.equal(message.actual, 'is is')
  assert.equal(parseStats.blocks, before + 1)
})

test('every block is parsed once however many rules read the tree', () => {
  let calls = 0
  const counter = (id: string) =>
    defineRule({
      meta: {id, category: 'sentence', description: 'test', fix: 'none', severity: 'warn'},
      defaults: {},
      create: () => ({tree: () => void calls++})
    })
  const doc = new Doc('One.\n\nTwo.')
  const before = parseStats.blocks
  runRules(doc, [counter('a'), counter('b')].map((rule) => ({rule, options: {}, severity: 'warn' as const})), new VFile())
  assert.equal(parseStats.blocks - before, doc.blocks.length)
  assert.equal(calls, 2 * doc.blocks.length)
})

test('sentencesOf gives document offsets in later blocks', () => {
  const filler = 'Filler sentence here.\n\n'.repeat(300)
  const text = filler + 'Target word.'
  const doc = new Doc(text)
  const last = doc.blocks[doc.blocks.length - 1]
  const tree = unified().use(retextEnglish).parse(last.text) as Root
  const sentences = sentencesOf(tree, last)
  const target = sentences[sentences.length - 1]
  assert.equal(text.slice(target.start, target.end), 'Target word.')
  const word = target.tokens.find((token) => token.value === 'word')!
  assert.equal(text.slice(word.start, word.end), 'word')
})

test('messages carry ruleId, source, url, category, range, start and end places', () => {
  const {messages} = lintDocument('Hi,, there', onlyRule('doubled-punctuation'))
  const [message] = messages
  assert.equal(message.ruleId, 'doubled-punctuation')
  assert.equal(message.source, 'scrapelint')
  assert.equal(message.url, 'https://github.com/scrapelint/scrapelint/blob/main/docs/rules/doubled-punctuation.md')
  assert.equal(message.category, 'punctuation')
  assert.deepEqual(message.range, [2, 4])
  assert.deepEqual(message.place, {start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 5, offset: 4}})
  assert.equal(message.actual, ',,')
  assert.deepEqual(message.expected, [','])
  assert.equal(message.fixKind, 'safe')
  assert.equal(message.severity, 1)
  assert.equal(message.fatal, false)
})

test('severity error sets fatal and severity 2', () => {
  const setup = createSetup({rules: {'doubled-punctuation': 'error'}})
  const [message] = lintDocument('Hi,, there', setup).messages
  assert.equal(message.severity, 2)
  assert.equal(message.fatal, true)
})

test('a rule used as a plain retext plugin lints the tree it is given', () => {
  const file = new VFile('Hi,, there. It is is so.')
  const processor = unified().use(retextEnglish).use(doubledPunctuation).use(repeatedWords)
  processor.runSync(processor.parse(file), file)
  assert.deepEqual(
    file.messages.map((message) => [message.ruleId, message.place && 'start' in message.place ? message.place.start.column : 0]),
    [['doubled-punctuation', 3], ['repeated-words', 16]]
  )
})

test('third-party retext plugins run per block with document positions', () => {
  function retextNoFoo() {
    return (tree: Root, file: VFile) => {
      visit(tree, 'WordNode', (node) => {
        const value = node.children.map((child) => ('value' in child ? child.value : '')).join('')
        if (value === 'foo') file.message('No foo', {place: node.position, ruleId: 'no-foo', source: 'retext-no-foo'}).expected = ['bar']
      })
    }
  }
  const setup = createSetup({plugins: [{plugin: retextNoFoo, id: 'no-foo', category: 'sentence'}]})
  const filler = 'Filler sentence here.\n\n'.repeat(300)
  const {messages} = lintDocument(filler + 'A foo here.', setup)
  const foo = messages.filter((message) => message.ruleId === 'no-foo')
  assert.equal(foo.length, 1)
  assert.deepEqual(foo[0].range, [filler.length + 2, filler.length + 5])
  assert.equal(foo[0].line, 601)
  assert.equal(foo[0].source, 'scrapelint')
  assert.deepEqual(foo[0].expected, ['bar'])
  assert.equal(foo[0].fixKind, 'suggestion')
})

test('a crashing rule is reported and does not stop the others', () => {
  const broken = defineRule({
    meta: {id: 'broken', category: 'sentence', description: 'throws', fix: 'none', severity: 'warn'},
    defaults: {},
    create: () => ({
      document() {
        throw new Error('boom')
      }
    })
  })
  const file = new VFile()
  const doc = new Doc('Hi,, there')
  const failures = runRules(doc, [broken, doubledPunctuation].map((rule) => ({rule, options: {}, severity: 'warn' as const})), file)
  assert.deepEqual(failures.map((failure) => [failure.ruleId, failure.error.message]), [['broken', 'boom']])
  assert.deepEqual(file.messages.map((message) => message.ruleId), ['doubled-punctuation'])
})

test('lint time stays linear: one paragraph of 1 MB is split into bounded blocks', () => {
  const text = 'Words and more words, then a comma and the end. '.repeat(21000)
  const doc = new Doc(text)
  assert.ok(Math.max(...doc.blocks.map((block) => block.text.length)) <= MAX_BLOCK)
})

test('isVerbatim: offsets on Markdown code lines, never in plain text', () => {
  const text = 'Prose line\n\n```\ncode line\n```\nmore prose'
  const markdown = new Doc(text, {format: 'markdown'})
  assert.equal(markdown.isVerbatim(text.indexOf('Prose')), false)
  assert.equal(markdown.isVerbatim(text.indexOf('code line')), true)
  assert.equal(markdown.isVerbatim(text.indexOf('more')), false)
  assert.equal(new Doc(text).isVerbatim(text.indexOf('code line')), false)
})

test('messages carry no stack trace, and making them leaves Error.stackTraceLimit as it was', () => {
  const saved = Error.stackTraceLimit
  Error.stackTraceLimit = 17
  try {
    const {messages} = lintDocument('It was was late.', onlyRule('repeated-words'))
    assert.equal(messages.length, 1)
    // vfile-message empties `stack`: the engine skips capturing one (most of a message's cost).
    assert.equal(messages[0].stack, '')
    assert.equal(messages[0].reason.length > 0, true)
    assert.equal(Error.stackTraceLimit, 17)
    // A rule that reports outside the text still gets a RangeError with its stack.
    const outside = defineRule({
      meta: {id: 'outside', category: 'punctuation', description: 'reports past the end', fix: 'none', severity: 'warn'},
      defaults: {},
      create: ({report}) => ({document: () => report({start: 0, end: 99, message: 'past the end'})})
    })
    const {failures} = lintDocument('Short.', {rules: [{rule: outside, options: {}, severity: 'warn'}]})
    assert.equal(failures[0]?.error instanceof RangeError, true)
    assert.match(failures[0]!.error.stack ?? '', /at /)
    assert.equal(Error.stackTraceLimit, 17)
  } finally {
    Error.stackTraceLimit = saved
  }
})
