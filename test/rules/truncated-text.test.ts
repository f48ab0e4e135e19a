import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion, lintWith} from '../helpers.js'

const RULE = 'truncated-text'
const ONE = 'The harbour board approved the new ferry timetable after a long meeting on Tuesday night.'
const TWO = 'Commuters on the northern route will gain two extra crossings every weekday morning.'

test('a teaser line cut off with "..." between paragraphs', () => {
  const text = `Top StoriesThe harbour board is set to approve a new ferry timetable...\n\n${ONE}\n\n${TWO}`
  const [message] = assertSpans(RULE, text, ['1:1-3:1'])
  assert.equal(message.reason, 'Teaser cut off with an ellipsis; delete the line')
  assert.equal(message.fixKind, 'suggestion')
  assert.deepEqual(message.data, {kind: 'teaser'})
  assertSuggestion(RULE, text, `${ONE}\n\n${TWO}`)
})

test('with "…", cut mid-word, and at the end of the text', () => {
  assertSuggestion(RULE, `${ONE}\n\nFerry fares to rise for the first time in a decade…\n\n${TWO}`, `${ONE}\n\n${TWO}`)
  assertSuggestion(RULE, `${ONE}\n\nNew ferries with faster crossings and better acc...\n\n${TWO}`, `${ONE}\n\n${TWO}`)
  assertSuggestion(RULE, `${ONE}\n\n${TWO}\n\nHarbour board names a new chief executive after long search...\n`, `${ONE}\n\n${TWO}\n`)
})

test('an ellipsis used by the writer is fine', () => {
  // inside prose, in quotes, in dialogue, a lead-in with a spaced ellipsis or trailing off after a function word
  assertClean(RULE, `He paused... then said the timetable would change again next year.\n\n${ONE}`)
  assertClean(RULE, `${ONE}\n\nThe captain said, ‘We will sail when the weather allows…’\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\n“I thought the ferry would come back for us...”\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\nHere is the other important thing about the ferry …\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\nOnce the timetable is settled, you will be ready for...\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\nShe waited at the pier. And waited and waited all day...\n\n${TWO}`)
})

test('short lines, list items and lines inside a paragraph are not teasers', () => {
  assertClean(RULE, `${ONE}\n\nLoading more stories...\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\n- more ferries on the northern route next summer...\n\n${TWO}`)
  assertClean(RULE, `${ONE}\nThe board is set to approve a new ferry timetable...\n${TWO}`)
})

test('prose cut off mid-sentence at the end of the text', () => {
  const text = `${ONE}\n\nThe vote passed easily. Officials said the new timetable would take effect in the\n`
  const [message] = assertSpans(RULE, text, ['3:25-3:82'])
  assert.equal(message.reason, 'The text ends mid-sentence; restore the rest or cut back to the last full sentence')
  assert.equal(message.fixKind, 'none')
  assert.equal(message.expected, undefined)
  assertSpans(RULE, `${ONE}\n\nOfficials said that the new timetable would take effect in the spring, and that`, ['3:1-3:80'])
})

test('endings that are not cut sentences', () => {
  assertClean(RULE, `${ONE}\n\n${TWO}`)
  assertClean(RULE, `${ONE}\n\nMore From The Harbour And The Northern Ferry Route`)
  assertClean(RULE, `${ONE}\n\n- extra crossings on the northern route every weekday morning`)
  assertClean(RULE, `${ONE}\n\nBest regards,\nJane Fielding`)
  assertClean(RULE, `${ONE}\n\nReporting by Jane Fielding and Tom Reyes; Editing by Ann Marsh`)
  assertClean(RULE, `${ONE}\n\nThe full timetable is on the board's site at https://example.org/ferries`)
  assertClean(RULE, `${ONE}\n\nOfficials said the new timetable would take effect in the spring, “if all goes well”`)
  assertClean(RULE, `${ONE}\n\nSigned by the board`)
  assertClean(RULE, `# Timetable\n\n${ONE}\n\n    the code block runs on and on and on without any end at all`, {format: 'markdown'})
})

test('options: teasers and cutEnd', () => {
  const text = `Ferry fares to rise for the first time in a decade…\n\n${ONE}\n\nThe vote passed easily. Officials said the timetable would take effect in`
  assert.equal(lintWith(RULE, text).length, 2)
  assertSpans(RULE, text, ['5:25-5:74'], {options: {teasers: false}})
  assertSpans(RULE, text, ['1:1-3:1'], {options: {cutEnd: false}})
})
