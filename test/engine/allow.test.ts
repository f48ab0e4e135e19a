import {test} from 'node:test'
import assert from 'node:assert/strict'
import {lintDocument, type LintSetup} from '../../src/engine/lint.js'
import {defineRule} from '../../src/engine/rule.js'
import {lint} from '../../src/index.js'

/** Flags every capitalised word glued to a lowercase run, as a glued-words rule would ("eBay", "PlayStation"). */
const camel = defineRule({
  meta: {id: 'camel', category: 'link-artifact', description: 'Test rule flagging camel-case words', fix: 'none', severity: 'warn'},
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        for (const match of doc.text.matchAll(/\b\p{L}*\p{Ll}\p{Lu}\p{L}*/gu)) report({start: match.index, end: match.index + match[0].length, message: 'Glued words'})
      }
    }
  }
})

/** Flags whole lines ending in "Ltd" with their line break, as a chrome rule would. */
const credit = defineRule({
  meta: {id: 'credit', category: 'chrome', description: 'Test rule flagging credit lines', fix: 'safe', severity: 'warn'},
  defaults: {},
  create({doc, report}) {
    return {
      document() {
        for (const line of doc.lines) if (line.text.endsWith('Ltd')) report({start: line.start, end: line.next, message: 'Credit line', expected: ['']})
      }
    }
  }
})

const setup = (allow: string[]): LintSetup => ({rules: [camel, credit].map((rule) => ({rule, options: {}, severity: 'warn' as const})), allow})
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
