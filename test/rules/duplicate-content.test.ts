import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'duplicate-content'
const ONE = 'The harbour board approved the new ferry timetable after a long meeting on Tuesday night.'
const TWO = 'Commuters on the northern route will gain two extra crossings every weekday morning.'
const THREE = 'The board said fares would stay the same until the end of the year at the earliest.'

test('a paragraph repeated later: the repeat goes with one blank line, safely', () => {
  const text = `${ONE}\n\n${TWO}\n\n${ONE}\n\n${THREE}\n`
  const [message] = assertSpans(RULE, text, ['5:1-7:1'])
  assert.equal(message.reason, 'This line repeats line 1; delete the repeat')
  assert.equal(message.fixKind, 'safe')
  assert.deepEqual(message.data, {kind: 'repeat', original: 1})
  assertFixed(RULE, text, `${ONE}\n\n${TWO}\n\n${THREE}\n`)
})

test('a repeat at the end of the text takes the line break before it', () => {
  const text = `${ONE}\n\n${TWO}\n\n${ONE}\n`
  assertSpans(RULE, text, ['3:85-5:90'])
  assertFixed(RULE, text, `${ONE}\n\n${TWO}\n`)
  assertFixed(RULE, `${ONE}\n\n${TWO}\n\n\n${ONE}`, `${ONE}\n\n${TWO}`)
})

test('a line repeated inside a paragraph of lines, and an immediate repeat', () => {
  assertFixed(RULE, `${ONE}\n${TWO}\n${ONE}\n\n${THREE}`, `${ONE}\n${TWO}\n\n${THREE}`)
  assertFixed(RULE, `${ONE}\n\n${ONE}\n\n${TWO}`, `${ONE}\n\n${TWO}`)
  assertFixed(RULE, `${ONE}\n${ONE}\n${TWO}`, `${ONE}\n${TWO}`)
})

test('a hard-wrapped paragraph repeated whole is one finding', () => {
  const paragraph = `${ONE}\n${TWO}\nShort last line.`
  const text = `${paragraph}\n\n${THREE}\n\n${paragraph}\n\nThe end of the story comes here.`
  const [message] = assertSpans(RULE, text, ['7:1-11:1'])
  assert.equal(message.reason, 'These 3 lines repeat line 1; delete the repeat')
  assertFixed(RULE, text, `${paragraph}\n\n${THREE}\n\nThe end of the story comes here.`)
})

test('consecutive repeated lines of a paragraph are one finding', () => {
  const text = `${ONE}\n${TWO}\n\n${THREE}\n${ONE}\n${TWO}`
  const [message] = assertSpans(RULE, text, ['4:84-6:85'])
  assert.equal(message.reason, 'These 2 lines repeat line 1; delete the repeat')
  assertFixed(RULE, text, `${ONE}\n${TWO}\n\n${THREE}`)
})

test('a repeat differing in case or quote style is a suggestion', () => {
  const curly = 'The mayor’s office said the bridge would reopen to traffic on Friday.'
  const straight = "The mayor's office said the bridge would reopen to traffic on Friday."
  const [message] = assertSpans(RULE, `${curly}\n\n${TWO}\n\n${straight}`, ['3:85-5:70'])
  assert.equal(message.reason, 'This line repeats line 1 (up to case and punctuation); delete the repeat')
  assert.equal(message.fixKind, 'suggestion')
  assertSuggestion(RULE, `${curly}\n\n${TWO}\n\n${straight}`, `${curly}\n\n${TWO}`)
})

test('a teaser repeating the opening of a later line (a label glued on, cut with an ellipsis)', () => {
  const text = `Latest UpdatesThe harbour board approved the new ferry timetable...\n\n${ONE}\n\n${TWO}`
  const [message] = assertSpans(RULE, text, ['1:1-3:1'])
  assert.equal(message.reason, 'Teaser repeats the opening of line 3; delete it')
  assert.equal(message.fixKind, 'suggestion')
  assertSuggestion(RULE, text, `${ONE}\n\n${TWO}`)
})

test('a headline repeating the opening of a later line', () => {
  const text = `The harbour board approved the new ferry timetable\n\n${ONE}\n\n${TWO}`
  assertSpans(RULE, text, ['1:1-3:1'])
  assertSuggestion(RULE, text, `${ONE}\n\n${TWO}`)
})

test('short lines, list items, table rows, separators, headings and directives may repeat', () => {
  assertClean(RULE, `Photo: Staff\n\n${ONE}\n\nPhoto: Staff\n\n${TWO}`)
  assertClean(RULE, `- add the flour and stir until the batter is smooth\n- rest it\n\n${ONE}\n\n- add the flour and stir until the batter is smooth`)
  assertClean(RULE, `| the same row | with the same cells | and more words here |\n| the same row | with the same cells | and more words here |`)
  assertClean(RULE, `${ONE}\n\n----------\n\n${TWO}\n\n----------`)
  assertClean(RULE, `## Notes on the ferry timetable for the summer\n\n${ONE}\n\n## Notes on the ferry timetable for the summer\n\n${TWO}`)
  assertClean(RULE, `<!-- scrapelint-disable-next-line irregular-spacing and more words -->\n${ONE}\n<!-- scrapelint-disable-next-line irregular-spacing and more words -->\n${TWO}`)
})

test('a menu of short lines repeated is a list, and dialogue may come back', () => {
  assertClean(RULE, `Home\nNews\nSport\nWeather\n\n${ONE}\n\nHome\nNews\nSport\nWeather`)
  assertClean(RULE, `“Get out of here and do not come back tonight,” he said.\n\n${ONE}\n\n“Get out of here and do not come back tonight,” he said.`)
})

test('a sentence opening like an earlier line is not a teaser; a longer earlier line neither', () => {
  assertClean(RULE, `${ONE}\n\nThe harbour board approved the new ferry timetable after all, officials said.`)
  assertClean(RULE, `The harbour board approved the new ferry timetable.\n\n${ONE}`)
  assertClean(RULE, `2024 Harbour Board Ferry Timetable Review\n\nHarbour Board Ferry Timetable Review`)
})

test('Markdown code is not compared', () => {
  const code = '    const timetable = loadTimetable(board, "northern route", options)'
  assertClean(RULE, `${ONE}\n\n${code}\n\n${TWO}\n\n${code}\n`, {format: 'markdown'})
})

test('options: minWords and teasers', () => {
  const short = 'The ferry leaves at noon.'
  assertSpans(RULE, `${short}\n\n${ONE}\n\n${short}`, ['3:90-5:26'], {options: {minWords: 5}})
  assertClean(RULE, `${short}\n\n${ONE}\n\n${short}`)
  assertClean(RULE, `The harbour board approved the new ferry timetable\n\n${ONE}`, {options: {teasers: false}})
})
