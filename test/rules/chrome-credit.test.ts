import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'chrome-credit'
const STORY = 'The two leaders met at the airport early on Wednesday and drove to the guest house together.'
const MORE = 'Officials said the talks would continue through the week, and that a statement would follow.'

test('photo credits, timestamps and date lines are deleted safely', () => {
  for (const line of ['Gavril Grigorov/Sputnik/Reuters', 'Getty Images', '(Photo: Jana Rossi/AFP)', '00:21 – Source: CNN', 'Nov. 19, 2019 10:42 am EST', 'Updated 3:27 am PST, Wednesday, November 20, 2019', 'Published Nov. 2, 2018 | Updated Jan. 4, 2019', 'CNN']) {
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
  assertSuggestion(RULE, `${STORY}\n\nThe first map of the moon's far side. ( ESA/Harbour University )\n\n${MORE}`, `${STORY}\n\nThe first map of the moon's far side.\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nThe network was slow that day. (It used TCP and UDP.)\n\n${MORE}`)
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
  // An exhibition's run is the article's, not a date line.
  assertClean(RULE, `${STORY}\n\n12 October 2018 | 20 January 2019\n\n${MORE}`)
})

test('gallery counters, wire slugs, contact lines and comment headings are credits', () => {
  for (const line of ['3 / 14', 'AP-EU--Harbour-Strike, 2nd Ld-Writethru', 'jane.doe@example.com', 'twitter.com/janedoe', '@janedoe']) {
    const text = `${STORY}\n\n${line}\n\n${MORE}`
    assertSpans(RULE, text, ['3:1-5:1'])
  }
  const [message] = assertSpans(RULE, `${STORY}\n\nharbourwatcher says:\n\n${MORE}`, ['3:1-5:1'])
  assert.equal(message.fixKind, 'suggestion')
})

test('bylines without "By", sourced date lines and agency credits', () => {
  for (const line of ['Jane Doe @janedoe', 'Jane Doe and Omar Haddad USA TODAY', 'Omar Haddad Associated Press', 'Associated Press March 3, 2021, 4:05 PM', 'Jane Doe - Mar 3, 2021, 10:31 pm EST', 'Omar Haddad | Getty Images', 'Ana Lima, AP', 'By Jane Doe , Omar Haddad on Tuesday, March 2nd, 2021 at 9:04 a.m.', 'First published on March 3, 2021 / 1:07 AM', 'Updated an hour ago']) {
    assertSpans(RULE, `${STORY}\n\n${line}\n\n${MORE}`, ['3:1-5:1'])
  }
})

test('captions by their opening and gallery captions are flagged', () => {
  for (const line of [
    'In this March 3, 2021, file photo, the ferry leaves the harbour at dawn under a grey sky.',
    'This undated image provided by the port authority shows the old quay before the repairs began.',
    '3of9A diver checks the hull of the ferry before it leaves the harbour on Tuesday morning.',
    'Image: The harbour master talks to reporters on the quay after the meeting on Tuesday.',
    'The ferry leaves the harbour at dawn on Tuesday, March 2, 2021.Ana Lima / AP file'
  ]) {
    assertSpans(RULE, `${STORY}\n\n${line}\n\n${MORE}`, [line.startsWith('The ferry') ? `3:1-3:${line.length + 1}` : '3:1-5:1'])
  }
})

test('a date line glued in front of the first paragraph is removed, keeping the paragraph', () => {
  const paragraph = 'PORTSMOUTH – Dock workers walked out on Tuesday after talks over pay and shifts broke down late on Monday.'
  assertSuggestion(RULE, `Harbour Gazette Published 7:07 PM EST Mar 2, 2021 ${paragraph}\n\n${MORE}`, `${paragraph}\n\n${MORE}`)
  assertSuggestion(RULE, `4:12 am EST, Wednesday, March 3, 2021 ${paragraph}\n\n${MORE}`, `${paragraph}\n\n${MORE}`)
})

test('credit look-alikes in running text stay quiet', () => {
  assertClean(RULE, `Portsmouth, Hants., March 3.\n\n${STORY}`)
  assertClean(RULE, `${STORY}\n\nThe union says:\n\n“We will not go back until the offer is in writing,” a spokesman said.`)
  assertClean(RULE, `${STORY}\n\nIn this town, the photo of the old quay hangs in every pub and is known to all who live here.`)
  assertClean(RULE, `${STORY}\n\nPublished in 2019, the report by the port authority found that shifts were too long for safety.`)
})

test("a name alone is a byline before the article or as its last line; an author's note closes it", () => {
  const body = `${STORY}\n\n${MORE}\n\nThe ferry company said it would publish new timetables by the end of the month.`
  assertSpans(RULE, `Harbour strike ends after talks\n\nJane Okafor\n\n${body}`, ['3:1-5:1'])
  assertSpans(RULE, `${body}\n\nOmar Haddad`, ['5:80-7:12'])
  const note = 'Jane Okafor is a freelance writer based in Leeds. Her work has appeared in the Harbour Gazette.'
  assertSpans(RULE, `${body}\n\n${note}`, [`5:80-7:${note.length + 1}`])
  // The same sentence inside the article is about a person, not the author's note.
  assertClean(RULE, `${STORY}\n\n${note}\n\n${MORE}\n\n${body}\n\n${body}`)
  // Headings and roles are not names.
  assertClean(RULE, `Harbour strike ends after talks\n\nStaff Reports\n\n${body}`)
  assertClean(RULE, `Harbour strike ends after talks\n\nDefensive Line\n\n${body}`)
})

test("a caption that ends in its picture's copyright is deleted whole; a copyright alone or after a sentence is not a caption", () => {
  const caption = 'The new ferry terminal at dusk, installation views, photos © Harbour Studio, 2019'
  const text = `${STORY}\n\n${caption}\n\n${MORE}`
  const [message] = assertSpans(RULE, text, ['3:1-5:1'])
  assert.equal(message.reason, 'Picture caption; delete the line')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
  assertSpans(RULE, `${STORY}\n\nThe quay in winter — © Ana Lima\n\n${MORE}`, ['3:1-5:1'])
  assertClean(RULE, `${STORY}\n\n© Harbour Studio\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nThe terminal opened in 2019. Photos © Harbour Studio\n\n${MORE}`)
})

test('a contributor line is a credit (suggestion); the same verb after other words is a sentence of the article', () => {
  const body = `${STORY}\n\n${MORE}`
  for (const line of ['Tom Reed contributed to this report.', 'Ana Lima contributed reporting from Lagos.', 'Associated Press writers Ana Lima, Tom Reed and Bo Kim contributed to this report.', "Harbour News' Jana Rossi also contributed to this story.", '(Jana Rossi contributed additional reporting.)']) {
    const text = `${body}\n\n${line}`
    const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-5:${line.length + 1}`])
    assert.equal(message.reason, 'Contributor credit; delete the line', line)
    assert.equal(message.fixKind, 'suggestion', line)
    assertFixed(RULE, text, body, {unsafe: true})
  }
  for (const line of ['Dozens of scientists contributed to this report.', 'Officials from the ministry contributed reporting from the border.', 'The Harbour Trust contributed to this report in 2019, its chair said.']) assertClean(RULE, `${body}\n\n${line}`)
  // "Reporting by …; Editing by …" and "Contributing: …" stay chrome-attribution's (off by default): edited texts keep them.
  assertClean(RULE, `${body}\n\nReporting by Ana Lima; Editing by Tom Reed`)
})

test('a heading with a slash between common words is no photo credit; a name or an agency makes one', () => {
  for (const line of ['Date/Time Type', 'Extending/Embedding Changes', 'BACK TO BASICS TCP/UDP', 'Inspecting Address/Network/Interface Objects']) {
    assertClean(RULE, `${STORY}\n\n${line}\n\n${MORE}`)
  }
  for (const line of ['Mark Wilson/Getty Images', 'Pool/AFP', 'NASA/JPL-Caltech']) {
    assertSpans(RULE, `${STORY}\n\n${line}\n\n${MORE}`, ['3:1-5:1'])
  }
})
