import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion, lintWith, span} from '../helpers.js'

const RULE = 'missing-sentence-break'

test('a pronoun or determiner opens a new sentence in mid-sentence', () => {
  const [message] = assertSpans(RULE, 'The ministry said Russian It was the first visit in years.', ['1:26-1:29'])
  assert.equal(message.reason, 'A new sentence starts at “It” without the previous one ending; end it with a period')
  assert.deepEqual(message.expected, ['. It'])
  assertSuggestion(RULE, 'The ministry said Russian It was the first visit in years.', 'The ministry said Russian. It was the first visit in years.')
  assertSuggestion(RULE, 'Pay rises were small deep cuts This has raised concern.', 'Pay rises were small deep cuts. This has raised concern.')
  assertSuggestion(RULE, 'In May, Madrid He vetoed the plan.', 'In May, Madrid. He vetoed the plan.')
  assertSuggestion(RULE, 'They met at the Regional Trade Conference More than 100 firms came to the talks this year.', 'They met at the Regional Trade Conference. More than 100 firms came to the talks this year.')
  assertSuggestion(RULE, 'It ended the war in Chad It’s a turning point.', 'It ended the war in Chad. It’s a turning point.')
})

test('a noun subject followed by its verb', () => {
  assertSpans(RULE, 'The city gave substantial assistance Observers have raised concerns.', ['1:37-1:47'])
  assertSuggestion(RULE, 'The city gave substantial assistance Observers have raised concerns.', 'The city gave substantial assistance. Observers have raised concerns.')
  assertClean(RULE, 'The Senate Democrats have raised concerns, and the Observers Group met.')
})

test('a conjunction, wh-word or adverb that opens a clause', () => {
  assertSpans(RULE, 'The hearings went badly for Republicans Even their own witnesses said so.', ['1:40-1:45'])
  assertSuggestion(RULE, 'Set a budget for the family If you can, save more.', 'Set a budget for the family. If you can, save more.')
  assertClean('stray-capital', 'Set a budget for the family If you can, save more.')
})

test('one finding per place: a stray capital before the new sentence', () => {
  const text = 'Flags went up this week Inspection It is rare.'
  assert.deepEqual(lintWith(RULE, text).map(span), ['1:35-1:38'])
  assert.deepEqual(lintWith('stray-capital', text).map(span), ['1:25-1:35'])
})

test('names and titles are not new sentences', () => {
  assertClean(RULE, 'The court in The Hague ruled on Monday, and Steven Covey wrote The 7 Habits.')
  assertClean(RULE, 'He read It Happened One Night to the class and saw The Who play.')
})

test('no new sentence after a word that needs a continuation', () => {
  assertClean(RULE, 'She said that He would come, because They agreed, and The judge said so.')
  assertClean(RULE, 'It was late. It was dark: It rained.\nIt stopped.')
})

test('headlines and quotations are left alone', () => {
  assertClean(RULE, 'Why the Mayor Said It Was Time to Go')
  assertClean(RULE, 'The budget grew in both years. VETERANS This country owes its veterans much.')
  assertClean(RULE, 'The film was called “Russian It was” by critics.')
})
