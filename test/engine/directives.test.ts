/**
 * In-text suppressions: each directive form, in Markdown/HTML and plain
 * text; unknown ids and unused disables; and fixes never touching a
 * directive line.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {createSetup} from '../../src/config/setup.js'
import {fixDocument} from '../../src/engine/fix.js'
import {lintDocument, type LintSetup} from '../../src/engine/lint.js'
import type {DocFormat} from '../../src/engine/doc.js'
import {span} from '../helpers.js'
import {documentRule, setupOf} from './test-rules.js'

const defaults = createSetup()
const reporting = createSetup({reportUnusedDirectives: true})

function found(text: string, format: DocFormat, setup: LintSetup = defaults): string[] {
  const result = lintDocument(text, setup, {format})
  assert.deepEqual(result.failures, [])
  return result.messages.map((message) => `${span(message)} ${message.ruleId}`)
}

test('Markdown: disable … enable for listed rules', () => {
  const text = ['a,, b', '<!-- scrapelint-disable doubled-punctuation, repeated-words -->', 'c,, the the d', '<!-- scrapelint-enable -->', 'e,, f'].join('\n')
  assert.deepEqual(found(text, 'markdown'), ['1:2-1:4 doubled-punctuation', '5:2-5:4 doubled-punctuation'])
})

test('Markdown: disable without ids silences every rule; enable with ids re-enables those', () => {
  const text = ['<!-- scrapelint-disable -->', 'a,, the the b', '<!-- scrapelint-enable repeated-words -->', 'c,, the the d'].join('\n')
  assert.deepEqual(found(text, 'markdown'), ['4:5-4:12 repeated-words'])
})

test('Markdown: disable-next-line applies to the next line only; inline directives work in a paragraph', () => {
  const text = ['<!-- scrapelint-disable-next-line doubled-punctuation -- a quoted typo -->', 'a,, the the b', 'c,, d', 'x,, <!-- scrapelint-disable doubled-punctuation --> y,, z'].join('\n')
  assert.deepEqual(found(text, 'markdown'), ['2:5-2:12 repeated-words', '3:2-3:4 doubled-punctuation', '4:2-4:4 doubled-punctuation'])
})

test('Markdown: a directive inside code is an example, not a directive', () => {
  const text = ['```html', '<!-- scrapelint-disable -->', '```', '', 'a,, b'].join('\n')
  assert.deepEqual(found(text, 'markdown'), ['5:2-5:4 doubled-punctuation'])
})

test('HTML: directives anywhere', () => {
  assert.deepEqual(found('<p>a,, b <!-- scrapelint-disable --> c,, d</p>', 'html'), ['1:5-1:7 doubled-punctuation'])
})

test('plain text: directives only on a line of their own', () => {
  const own = ['  <!-- scrapelint-disable-next-line doubled-punctuation -->  ', 'a,, b', 'c,, d'].join('\n')
  assert.deepEqual(found(own, 'text'), ['3:2-3:4 doubled-punctuation'], 'white space around the comment is fine, and is not reported')
  const inline = 'a,, <!-- scrapelint-disable --> b,, c'
  assert.deepEqual(found(inline, 'text'), ['1:2-1:4 doubled-punctuation', '1:34-1:36 doubled-punctuation'])
})

test('--report-unused-directives: unknown ids (with a suggestion) and disables that suppress nothing', () => {
  const text = [
    '<!-- scrapelint-disable-next-line doubled-punctuation -->',
    'a,, b',
    '<!-- scrapelint-disable-next-line repeated-words -->',
    'clean line',
    '<!-- scrapelint-disable repeated-word, doubled-punctuation -->',
    'the the',
    '<!-- scrapelint-enable -->',
    '<!-- scrapelint-disable -->',
    'nothing here',
    '<!-- scrapelint-enable -->'
  ].join('\n')
  assert.deepEqual(found(text, 'markdown'), ['6:1-6:8 repeated-words'], 'without the flag only findings are reported')
  const messages = lintDocument(text, reporting, {format: 'markdown'}).messages
  assert.deepEqual(
    messages.map((message) => `${span(message)} ${message.ruleId} ${message.severity} ${message.reason}`),
    [
      '3:35-3:49 unused-directive 2 Unused scrapelint-disable-next-line directive: no problem from "repeated-words" to suppress',
      '5:25-5:38 invalid-directive 2 Unknown rule "repeated-word" in a scrapelint-disable directive (did you mean "repeated-words"?)',
      '5:40-5:59 unused-directive 2 Unused scrapelint-disable directive: no problem from "doubled-punctuation" to suppress',
      '6:1-6:8 repeated-words 1 Repeated word “the”; remove one',
      '8:1-8:28 unused-directive 2 Unused scrapelint-disable directive: no problem to suppress'
    ]
  )
})

/** Like a chrome rule: deletes every line that reads "Share this", with the line break. */
const shareLines = documentRule('share-lines', 'chrome', 'safe', (doc, report) => {
  for (const line of doc.lines) {
    if (line.text.startsWith('Share this')) report({start: line.start, end: line.next, message: 'Share widget; delete the line', expected: ['']})
  }
})

/** Like a markup-residue rule: deletes every HTML comment. */
const comments = documentRule('html-comments', 'markup', 'safe', (doc, report) => {
  for (const match of doc.text.matchAll(/<!--.*?-->/g)) report({start: match.index, end: match.index + match[0].length, message: 'HTML comment; delete it', expected: ['']})
})

/** Like a chrome rule that deletes a block: one deletion over several lines. */
const block = documentRule('share-block', 'chrome', 'safe', (doc, report) => {
  const start = doc.text.indexOf('Share this')
  const end = doc.text.lastIndexOf('Share this')
  if (start !== -1 && end > start) report({start, end: doc.lineAt(end).next, message: 'Share block; delete it', expected: ['']})
})

test('--fix never deletes a directive line, whatever the rules want', () => {
  const text = ['Share this', '<!-- scrapelint-disable-next-line doubled-punctuation -->', 'Share this', 'Body,, text.', 'Share this  ', ''].join('\n')
  const setup = setupOf(shareLines, comments)
  const linted = lintDocument(text, setup, {format: 'text'})
  assert.deepEqual(
    linted.messages.map((message) => `${span(message)} ${message.ruleId} ${message.fixKind}`),
    ['1:1-2:1 share-lines safe', '3:1-4:1 share-lines safe', '5:1-6:1 share-lines safe'],
    'the comment rule has nothing to say about a directive'
  )
  const fixed = fixDocument(text, setup, {format: 'text'})
  assert.equal(fixed.output, ['<!-- scrapelint-disable-next-line doubled-punctuation -->', 'Body,, text.', ''].join('\n'))
})

test('a fix spanning a directive line is withheld; the finding stays', () => {
  const text = ['Share this', '<!-- scrapelint-disable doubled-punctuation -->', 'Share this', 'Body.'].join('\n')
  const setup = setupOf(block)
  const [message] = lintDocument(text, setup, {format: 'text'}).messages
  assert.equal(span(message), '1:1-4:1')
  assert.equal(message.fixKind, 'none')
  assert.equal(message.expected, undefined)
  assert.match(String(message.note), /scrapelint directive/)
  assert.equal(fixDocument(text, setup, {format: 'text'}).output, text)
})

test('white space trailing a directive line is part of the directive, not a finding', () => {
  assert.deepEqual(found('<!-- scrapelint-disable doubled-punctuation -->   \na,, b  \n', 'text'), ['2:6-2:8 irregular-spacing'])
})
