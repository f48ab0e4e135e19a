import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, lintWith} from '../helpers.js'

const RULE = 'chrome-widget'
const STORY = 'The council approved the budget on Tuesday after a long debate about the roads.'
const MORE = 'Members said the vote would be reviewed next year, and that a report would follow.'

test('a widget line between paragraphs: the line and one separator go', () => {
  const text = `${STORY}\n\nShare this article\n\n${MORE}`
  const [message] = assertSpans(RULE, text, ['3:1-5:1'])
  assert.equal(message.reason, 'Site chrome (share-button label); delete the line')
  assert.equal(message.fixKind, 'safe')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`)
})

test('contiguous widget lines are one finding', () => {
  const text = `${STORY}\n\nFacebook Twitter Email\nSign up for our newsletter\n\n${MORE}`
  const [message] = assertSpans(RULE, text, ['3:1-6:1'])
  assert.match(message.reason, /delete these 2 lines$/)
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`)
})

test('labels followed by a headline, counters, ads, cookie notices', () => {
  const cases = [
    'Read more: Storm season starts early on the east coast',
    '[Related: City to expand bus lanes]',
    'See also  Ferry fares rise for the summer',
    '1.2K shares',
    'Advertisement',
    'We use cookies to improve your experience on our site.',
    'Your email address will not be published. Required fields are marked *',
    'GIPHY App Key not set. Please check settings',
    'Written by ADMIN'
  ]
  for (const line of cases) {
    const text = `${STORY}\n\n${line}\n\n${MORE}`
    assert.deepEqual(lintWith(RULE, text).length, 1, line)
    assertFixed(RULE, text, `${STORY}\n\n${MORE}`)
  }
})

test('a single line of a weaker phrase is only a suggestion', () => {
  const text = `${STORY}\n\nEmail\n\n${MORE}`
  const [message] = assertSpans(RULE, text, ['3:1-5:1'])
  assert.equal(message.fixKind, 'suggestion')
  assertFixed(RULE, text, text)
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
})

test('the same words inside a sentence are never flagged', () => {
  assertClean(RULE, `${STORY}\n\nHe said he would subscribe to the view that the plan can work.\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nRead more about the deal in our earlier report, which explains the terms in detail.\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nKeep reading. I am about to show you how the money was spent, line by line.\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nShare prices rose after the announcement, and the bank said it was pleased.`)
  assertClean(RULE, `${STORY}\n\nMore than 300 people attended the meeting on Monday evening.`)
})

test('a line separated from the text before it only by a line break keeps that text apart', () => {
  const text = `${STORY}\nAdvertisement\n\n${MORE}`
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`)
  const tail = `${STORY}\n\n${MORE}\n\nShare this article\n`
  assertFixed(RULE, tail, `${STORY}\n\n${MORE}\n`)
})

test('CRLF text keeps its line endings', () => {
  assertFixed(RULE, `${STORY}\r\n\r\nAdvertisement\r\n\r\n${MORE}\r\n`, `${STORY}\r\n\r\n${MORE}\r\n`)
})
