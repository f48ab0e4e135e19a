import {test} from 'node:test'
import assert from 'node:assert/strict'
import {lintDocument, type LintSetup} from '../../src/engine/lint.js'
import {lint} from '../../src/index.js'
import {documentRule, setupOf} from './test-rules.js'

/** Flags words with a capital inside, as a glued-words rule would ("eBay", "PlayStation"). */
const camel = documentRule('camel', 'link-artifact', 'none', (doc, report) => {
  for (const match of doc.text.matchAll(/\b\p{L}*\p{Ll}\p{Lu}\p{L}*/gu)) report({start: match.index, end: match.index + match[0].length, message: 'Glued words'})
})

/** Flags whole lines ending in "Ltd" with their line break, as a chrome rule would. */
const credit = documentRule('credit', 'chrome', 'safe', (doc, report) => {
  for (const line of doc.lines) if (line.text.endsWith('Ltd')) report({start: line.start, end: line.next, message: 'Credit line', expected: ['']})
})

const setup = (allow: string[]): LintSetup => ({...setupOf(camel, credit), allow})
const flagged = (text: string, allow: string[]) => lintDocument(text, setup(allow)).messages.map((message) => message.actual)

test('allow drops findings on an allowed term, or inside one', () => {
  const text = 'Sold on eBay and PlayStation via NewsRussia.\nAcme Widgets Ltd\n'
  assert.deepEqual(flagged(text, []), ['eBay', 'PlayStation', 'NewsRussia', 'Acme Widgets Ltd\n'])
  assert.deepEqual(flagged(text, ['eBay', 'Sony PlayStation', 'Acme Widgets Ltd']), ['PlayStation', 'NewsRussia'], 'a whole-line finding is matched without its line break')
  assert.deepEqual(flagged(text, ['eBay', 'PlayStation via']), ['NewsRussia', 'Acme Widgets Ltd\n'], 'a finding inside an occurrence is dropped')
})

test('allow: terms are case-sensitive and match whole words only', () => {
  assert.deepEqual(flagged('Sold on eBay.', ['ebay']), ['eBay'])
  assert.deepEqual(flagged('Sold on eBays.', ['eBay']), ['eBays'])
})

test('allow through the library API', () => {
  assert.equal(lint('We went to the the shop.', {allow: ['the the']}).length, 0)
  assert.equal(lint('We went to the the shop.').length, 1)
})
