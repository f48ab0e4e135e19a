import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'fragment'
const ONE = 'The harbour board approved the new ferry timetable after a long meeting on Tuesday night.'
const TWO = 'Commuters on the northern route will gain two extra crossings every weekday morning.'

test('an orphan function word on the first line', () => {
  const text = `in\n\n${ONE}\n\n${TWO}`
  const [message] = assertSpans(RULE, text, ['1:1-3:1'])
  assert.equal(message.reason, 'Orphan word “in” on a line of its own; delete it')
  assert.equal(message.fixKind, 'suggestion')
  assertSuggestion(RULE, text, `${ONE}\n\n${TWO}`)
  assertSuggestion(RULE, `${ONE}\n\nof the\n\n${TWO}`, `${ONE}\n\n${TWO}`)
})

test('an orphaned link anchor between sentences of a paragraph', () => {
  const text = 'Officials said the ferry service lost money again last year. New harbour ferry program. Both operators have denied the figures.'
  const [message] = assertSpans(RULE, text, ['1:62-1:88'])
  assert.equal(message.reason, 'Not a sentence: a noun phrase with no verb between sentences (an orphaned link anchor?)')
  assert.equal(message.fixKind, 'none')
  assert.deepEqual(message.data, {kind: 'anchor'})
  assertSpans(RULE, 'The board met on Monday to review the accounts. The ambitious regional ferry subsidy scheme. Nobody has commented yet.', ['1:49-1:93'])
})

test('a verbless piece with link text spliced in mid-sentence', () => {
  const text = 'The island council has approved another emergency loan for the ferry service. $30 million in losses For a small island town.'
  const [message] = assertSpans(RULE, text, ['1:79-1:125'])
  assert.equal(message.reason, 'Not a sentence: no verb, and “For” is capitalised mid-sentence (spliced link text?)')
  assert.deepEqual(message.data, {kind: 'spliced'})
  assertSpans(RULE, `${ONE} Ten million dollars in debt In a small island town.`, ['1:91-1:142'])
})

test('a lone noun phrase with a period between paragraphs of prose', () => {
  const text = `${ONE}\n\nNew harbour ferry program.\n\n${TWO}`
  const [message] = assertSpans(RULE, text, ['3:1-5:1'])
  assert.match(message.reason, /^Not a sentence: a noun phrase with no verb on a line of its own/)
  assertSuggestion(RULE, text, `${ONE}\n\n${TWO}`)
})

test('headlines, list items, captions, datelines, salutations and short replies are not fragments', () => {
  assertClean(RULE, `New Harbour Ferry Program\n\n${ONE}\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\nNew harbour ferry program\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\n- New harbour ferry program.\n- Extra weekday crossings.\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\nThe new ferry at the pier in Northport on Tuesday morning.\n\n${TWO}`)
  assertClean(RULE, `NORTHPORT, Maine —\n\n${ONE}`)
  assertClean(RULE, `Dear Ms. Fielding,\n\n${ONE}\n\nThanks.\n\nJane`)
  assertClean(RULE, '“Will the ferry run tomorrow?” she asked. “Thanks.” He nodded. “Not at all.” The ferry left.')
})

test('verbless sentences a writer uses are fine', () => {
  // first or last in a paragraph (often a run-in heading), with commas, contractions, in quotes, short
  assertClean(RULE, 'Ferry operating costs. The board said the costs of running the ferry rose by a fifth last year.')
  assertClean(RULE, 'The board met on Tuesday. It voted on the budget. Another long evening meeting.')
  assertClean(RULE, 'He looked at the captain. Brown eyes, a thin grey mustache. He said nothing for a while.')
  assertClean(RULE, 'The board met on Tuesday. It isn\'t a ferry company. The vote was close.')
  assertClean(RULE, 'She read from the list. “The china lemon tree. The alabaster cockatoo.” He wrote it all down.')
  assertClean(RULE, 'The board met on Tuesday. A tough question. Nobody could answer it that night.')
  assertClean(RULE, 'The board met on Tuesday. Ticket prices rise. Nobody could stop it that night.')
  assertClean(RULE, 'He works for a bank. Bank Of America staff. They were all there that day.')
})

test('a run-in heading alone on its line names the paragraph after it', () => {
  assertClean(RULE, `${ONE}\n\nFerry operating costs.\n\nThe costs of running the ferry rose by a fifth last year, the board said on Tuesday.`)
})

test('an orphan word inside a paragraph or with nothing after it is left alone', () => {
  assertClean(RULE, `${ONE}\nor\n${TWO}`)
  assertClean(RULE, `${ONE}\n\nin`)
})
