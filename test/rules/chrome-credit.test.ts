import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'chrome-credit'
const STORY = 'The two leaders met at the airport early on Wednesday and drove to the guest house together.'
const MORE = 'Officials said the talks would continue through the week, and that a statement would follow.'

test('photo credits, timestamps and date lines are deleted safely', () => {
  for (const line of ['Gavril Grigorov/Sputnik/Reuters', 'Getty Images', '(Photo: Jana Rossi/AFP)', '00:21 – Source: CNN', 'Nov. 19, 2019 10:42 am EST', 'Updated 3:27 am PST, Wednesday, November 20, 2019', 'CNN']) {
    const text = `${STORY}\n\n${line}\n\n${MORE}`
    const [message] = assertSpans(RULE, text, ['3:1-5:1'])
    assert.equal(message.fixKind, 'safe', line)
    assertFixed(RULE, text, `${STORY}\n\n${MORE}`)
  }
})

test('bylines and role lines are suggestions', () => {
  for (const line of ['By Jane Doe and Omar Haddad', 'Tom Krisher, AP Auto Writer', 'Staff Writer']) {
    const [message] = assertSpans(RULE, `${line}\n\n${STORY}`, ['1:1-3:1'])
    assert.equal(message.fixKind, 'suggestion', line)
  }
})

test('a caption keeps its text without the credit', () => {
  const caption = 'The minister arrives in Hanoi on Tuesday. (AP Photo/Evan Vucci)'
  const text = `${STORY}\n\n${caption}\n\n${MORE}`
  const [message] = assertSpans(RULE, text, [`3:1-3:${caption.length + 1}`])
  assert.equal(message.reason, 'Picture caption with its credit: `(AP Photo/Evan Vucci)`; remove it (or delete the line)')
  assertSuggestion(RULE, text, `${STORY}\n\nThe minister arrives in Hanoi on Tuesday.\n\n${MORE}`)
  assertSuggestion(RULE, `${STORY}\n\nVoters queue outside the school. Credit... Ana Lima/The Daily Courier\n\n${MORE}`, `${STORY}\n\nVoters queue outside the school.\n\n${MORE}`)
})

test("a headline keeps its words without the site's name", () => {
  assertSuggestion(RULE, `Harbour cleanup starts next month | Coastal Daily News\n\n${STORY}`, `Harbour cleanup starts next month\n\n${STORY}`)
  assertSuggestion(RULE, `Putin arrives in the capital as the alignment deepens CNN\n\n${STORY}`, `Putin arrives in the capital as the alignment deepens\n\n${STORY}`)
})

test('look-alikes stay quiet', () => {
  assertClean(RULE, `${STORY}\n\nBy noon, officials said, the talks had moved to the second floor.`)
  assertClean(RULE, `${STORY}\n\nThe photographer, Gavril Grigorov, said the light was poor that morning.`)
  assertClean(RULE, `${STORY}\n\nThe lighting package is an option, as is the contour/ambient trim on the doors.`)
  assertClean(RULE, `“Had he written five books in that world, he would have been famous.” — Neil Gaiman`)
  assertClean(RULE, `Despite The Monthly Fee, You're Still Buying — Not Renting — Games`)
  assertClean(RULE, `${STORY}\n\nMay\n\nJune`)
  assertClean(RULE, `${STORY}\n\nStaff`)
})
