import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'glued-words'

test('a section label run into a headline name: insert a space', () => {
  const [message] = assertSpans(RULE, "Latest NewsCanada's prime minister visits Oslo", ['1:8-1:20'])
  assert.equal(message.reason, "“NewsCanada's” runs two words together; write “News Canada's”")
  assert.deepEqual(message.expected, ["News Canada's"])
  assert.equal(message.fixKind, 'suggestion')
  assert.equal(message.category, 'link-artifact')
  assertSuggestion(RULE, "Latest NewsCanada's prime minister visits Oslo", "Latest News Canada's prime minister visits Oslo")
  // A lower-case word before a name, and an article before one.
  assertSuggestion(RULE, 'We meet again beforeMonday at noon.', 'We meet again before Monday at noon.')
  assertSuggestion(RULE, 'as reported by TheHollywood Reporter today', 'as reported by The Hollywood Reporter today')
})

test('a word run into the next sentence: insert ". "', () => {
  const [message] = assertSpans(RULE, 'She left for Lisbon last OctoberThe trip was short.', ['1:26-1:36'])
  assert.equal(message.reason, '“OctoberThe” runs a sentence end and the next sentence together; write “October. The”')
  assert.deepEqual(message.expected, ['October. The', 'October The'])
  assertSuggestion(RULE, 'a state visit to OsloThere he met the king.', 'a state visit to Oslo. There he met the king.')
  assertSuggestion(RULE, 'He went home in MayWhen the war ended, he stayed.', 'He went home in May. When the war ended, he stayed.')
  assertSuggestion(RULE, 'the product pageThe shoes are cheap', 'the product page. The shoes are cheap')
  assertFixed(RULE, 'Last OctoberThe trip was short.', 'Last October. The trip was short.', {unsafe: true})
  // No sentence ends after "of": only the space is missing. Capitalised, such a pair is a name.
  assertSuggestion(RULE, 'the best ofThe year', 'the best of The year')
  assertClean(RULE, 'the ForHer range and the WithThe band')
})

test('a preposition before "which" after a name: a clause, not a sentence', () => {
  const [message] = assertSpans(RULE, 'a trip to OsloIn which he met the king', ['1:11-1:17'])
  assert.equal(message.reason, '“OsloIn” runs two words together; write “Oslo, in”')
  assert.deepEqual(message.expected, ['Oslo, in', 'Oslo. In', 'Oslo In'])
  assertSuggestion(RULE, 'a trip to OsloIn which he met the king', 'a trip to Oslo, in which he met the king')
  assertSuggestion(RULE, 'a trip to OsloIn the spring he met the king', 'a trip to Oslo. In the spring he met the king')
})

test('a name doubled by a hover card: delete the repeat', () => {
  const [message] = assertSpans(RULE, 'Senator Maria CantwellMaria Cantwell said no.', ['1:23-1:37'])
  assert.equal(message.reason, '“Maria Cantwell” is written twice with no space between (a hover card\'s copy); delete the repeat')
  assert.deepEqual(message.expected, [''])
  assertFixed(RULE, 'Senator Maria CantwellMaria Cantwell said no.', 'Senator Maria Cantwell said no.', {unsafe: true})
  assertFixed(RULE, 'The state of MichiganMichigan has lakes.', 'The state of Michigan has lakes.', {unsafe: true})
  assertSpans(RULE, "Maria CantwellMaria Cantwell's vote", ['1:15-1:29'])
  // One short word twice is a name of its own.
  assertClean(RULE, 'She bought a TomTom and played KenKen.')
})

test('a dateline glued to the first word', () => {
  const [message] = assertSpans(RULE, '(NBC News)A slow week ended.', ['1:1-1:12'])
  assert.equal(message.reason, 'The dateline “(NBC News)” is glued to “A”; write “(NBC News) A”')
  assertSuggestion(RULE, '(NBC News)A slow week ended.', '(NBC News) A slow week ended.')
  assertSuggestion(RULE, 'LONDON (Reuters)Shares fell on Monday.', 'LONDON (Reuters) Shares fell on Monday.')
  assertSpans(RULE, 'Forecast (This Morning)Some sun later', ['1:10-1:28'])
  // Not a dateline: lower case inside, or no sentence after it mid-line.
  assertClean(RULE, 'Each (s)He in the form; a member of (ISC)Certified.')
})

test('no space after a sentence end: insert one', () => {
  const [message] = assertSpans(RULE, 'He flew to Boston.Reuters reported it first.', ['1:12-1:26'])
  assert.equal(message.reason, 'No space after the sentence end in “Boston.Reuters”; write “Boston. Reuters”')
  assert.deepEqual(message.expected, ['Boston. Reuters'])
  assertSuggestion(RULE, 'Open the menu.Another window appears.', 'Open the menu. Another window appears.')
  assertSuggestion(RULE, 'Was it worth it?No, it was not.', 'Was it worth it? No, it was not.')
  assertSuggestion(RULE, 'He said it was “fine.”The rest is history.', 'He said it was “fine.” The rest is history.')
  assertSuggestion(RULE, 'We waited for hours.A bus came.', 'We waited for hours. A bus came.')
  assertFixed(RULE, 'One line.Two lines!Three', 'One line. Two lines! Three', {unsafe: true})
  // A year or a count before the sentence end, when a sentence-starting word follows.
  assertSuggestion(RULE, 'It has grown since 2019.The plant employs 40.', 'It has grown since 2019. The plant employs 40.')
  assertClean(RULE, 'Version 10.Beta, section 12.A, 1,000.Total, 3.14.Pi and v2.The end.')
})

test('camel-case names and brands are not split', () => {
  assertClean(RULE, "iPhone, YouTube, McDonald's, PlayStation, JavaScript, eBay, PhD, MacBook, LinkedIn, WordPress and PowerPoint.")
  assertClean(RULE, 'WeWork, SpaceX, DuPont, LaGuardia, DeKalb, DiMaggio, LeBron, AirPods, SoftBank, FaceTime, GiveWell, DoorDash.')
  assertClean(RULE, 'AddThis buttons, a DoctorWho fan, some KnowHow, the TodayInSenatePlenary tag, SomeThing odd.')
  // A capitalised word before a name with no title before it, or a token the text repeats: a brand.
  assertClean(RULE, 'Ships leave PortMiami daily. The MightyMidwest says so.')
  assertClean(RULE, 'The ChevronTexaco deal closed; ChevronTexaco paid.')
})

test('URLs, addresses, file names and code are not split', () => {
  assertClean(RULE, 'See https://t.co/AbCdEf or www.Example.com, write to me@Example.com or @NewsCanada, tag #NewsCanada.')
  assertClean(RULE, 'Open report.Final.docx and index.html; call obj.method() or obj.Method, getElementById, camelCase, snake_Case.')
  assertClean(RULE, 'Visit Amazon.com or Amazon.Com, read Slate.Com and Example.Net.')
  assertClean(RULE, 'Math.Max(a, b) and String.Format("x") and a.b.Config.')
})

test('decimals, abbreviations, initials and ellipses are not sentence ends', () => {
  assertClean(RULE, 'It rose 3.5 percent in the U.S. and the U.K., e.g. in Ohio, i.e. here; a Ph.D. student.')
  assertClean(RULE, 'The U.S.Army, e.g.The book, a Ph.D.Thesis, J.R.R.Tolkien, Mr.Smith of St.Louis, Jan.Smith.')
  assertClean(RULE, 'Wait...And then. Then?..What')
  assertClean(RULE, 'See 297 Ill.App.3d 317, 231 Ill.Dec. 1 and 127 Md.App. 2, off Orange Ave.We sat.')
})

test('verbatim Markdown code is skipped', () => {
  assertClean(RULE, '```\nLast OctoberThe trip\n```\n', {format: 'markdown'})
  assertSpans(RULE, 'Last OctoberThe trip\n', ['1:6-1:16'], {format: 'markdown'})
})

test('astral characters before a finding keep UTF-16 offsets', () => {
  const [message] = assertSpans(RULE, '😀 Last OctoberThe trip', ['1:9-1:19'])
  assert.deepEqual(message.range, [8, 18])
})
