import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion, lintWith} from '../helpers.js'

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

/** One widget line between two paragraphs: its message, its fix kind, and the paragraphs closing up. */
function assertWidgetLine(line: string, reason: string, fixKind: 'safe' | 'suggestion'): void {
  const text = `${STORY}\n\n${line}\n\n${MORE}`
  const [message] = assertSpans(RULE, text, ['3:1-5:1'])
  assert.equal(message.reason, reason, line)
  assert.equal(message.fixKind, fixKind, line)
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: fixKind === 'suggestion'})
}

test('a "Click To Tweet" box repeating a sentence is deleted', () => {
  const quote = 'Small steps every day beat one big leap.'
  for (const box of [`${quote}Click To Tweet`, `${quote} Click to tweet`]) {
    assertWidgetLine(box, 'Site chrome (share-button label); delete the line', 'safe')
  }
})

test('a "Click To Tweet" box glued to the next paragraph keeps the paragraph', () => {
  const box = `Small steps every day beat one big leap.Click To Tweet${MORE}`
  const text = `${STORY}\n\n${box}`
  const [message] = assertSpans(RULE, text, [`3:1-3:${box.length + 1}`])
  assert.equal(message.reason, 'Site chrome (share-button label) glued to the text after it; delete it, keeping that text')
  assert.equal(message.fixKind, 'suggestion')
  assertSuggestion(RULE, text, `${STORY}\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nReaders could click to tweet the quote, the editor said, and many did so on Monday.`)
})

test('affiliate-link notices of the site are chrome; a labelled disclosure is left to chrome-attribution', () => {
  const cases = [
    'If you buy something through this post, Harbour Gazette may get a share of the sale.',
    'Harbour Gazette has affiliate partnerships and may earn commission on products purchased through these links.',
    'Harbour Gazette is supported by its readers. When you buy through links on our site, we may earn an affiliate commission.'
  ]
  for (const line of cases) assertWidgetLine(line, 'Site chrome (affiliate-link notice); delete the line', 'suggestion')
  assertClean(RULE, `${STORY}\n\nDisclosure: Harbour Gazette may earn a commission from products featured on this page.\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nThe commission may earn a share of the fees, the council said on Tuesday.`)
})

test('promotional calls and shortcode residue', () => {
  const cases = [
    'Get Harbour Monthly delivered to your door every month. 12 issues for £20. Click here for more information.',
    'Every week the editors answer your questions about the tides on our channel. Click to subscribe!',
    'GET THE CHECKLIST: FREE DOWNLOAD!',
    '• Want the best kettles for a small kitchen? Check out our picks for this year.',
    '[button link="https://example.com/tips" type="big"]Send us your tips[/button]'
  ]
  for (const line of cases) {
    const text = `${STORY}\n\n${line}\n\n${MORE}`
    assert.equal(lintWith(RULE, text).length, 1, line)
    assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
  }
  assertClean(RULE, `${STORY}\n\nGET OUT: THE STORY OF A PRISON BREAK\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nWant to know why? The answer lies in the tides, and our reporter went to see for himself.`)
})

test('a shouted headline of nine words or more links to another story; a shouted subheading stays', () => {
  assertWidgetLine("MAYOR'S FERRY PLAN FACES NEW VOTE AFTER COUNCIL SPLITS OVER COST", 'Site chrome (link to other articles); delete the line', 'suggestion')
  assertWidgetLine('SINGER CLEARED TO PERFORM AT THE VMAs AFTER LABEL DROPS ITS CLAIM', 'Site chrome (link to other articles); delete the line', 'suggestion')
  assertClean(RULE, `${STORY}\n\nWHAT THE COUNCIL DECIDED ON THE FERRY\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nTHE COUNCIL MET ON TUESDAY AND AGREED TO RAISE THE FARES.\n\n${MORE}`)
})

test("a gallery's counter glued to a picture's caption takes the caption with it", () => {
  const caption = '1of/12 Caption Close Image 1 of 12 The mayor, left, opens the new ferry terminal on Tuesday, Nov. 19, 2019.'
  assertWidgetLine(caption, 'Site chrome (site widget text); delete the line', 'safe')
  assertClean(RULE, `${STORY}\n\nImage quality improved in 2019, and 12 of the 20 cameras were replaced.`)
})

test('a "Read More" link glued to the next teaser\'s summary', () => {
  const glued = 'Read More The council met on Tuesday to discuss the ferry timetable, and members agreed to hear from the operators next month before they vote.'
  assertWidgetLine(glued, 'Site chrome (link to other articles); delete the line', 'suggestion')
  assertClean(RULE, `${STORY}\n\nRead more books, the librarian told the council, and the town will read with you.\n\n${MORE}`)
})

test('a note that ends in follow calls', () => {
  const note = 'Jane Doe\'s book about the harbour, "Tides" (Harbour Press, 2018; drawings by Tom Reed), is out now. Follow her on Twitter @janedoe. Follow us on Twitter @harbour or on Facebook.'
  assertWidgetLine(note, 'Site chrome (follow or contact call); delete the line', 'suggestion')
  assertClean(RULE, `${STORY}\n\nFollow the money, the auditor told the council, and you will see where the ferry budget went.\n\n${MORE}`)
})

test("an invitation to write to the editor closes the article", () => {
  assertWidgetLine(
    "The Times is committed to publishing a diversity of letters to the editor. We'd like to hear what you think about this or any of our articles.",
    'Site chrome (comment-form or end-of-article label); delete the line',
    'safe'
  )
  assertWidgetLine("We'd like to hear what you think. Write to letters@example.com.", 'Site chrome (comment-form or end-of-article label); delete the line', 'safe')
})

test("the heading of a box that closes the text goes with the box; a list item or a colon's introduction stays", () => {
  const box = 'If you enjoyed this article, we have a proposition for you: join our members and get every issue first.'
  const text = `${STORY}\n\n${MORE}\n\nBefore You Go\n\n${box}`
  // The heading is a suggestion, the box a safe fix: two findings, one per kind of fix.
  const [heading, call] = assertSpans(RULE, text, ['5:1-7:1', '5:14-7:104'])
  assert.equal(heading.reason, 'Site chrome (heading of the newsletter or subscription call under it); delete the line')
  assert.equal(heading.fixKind, 'suggestion')
  assert.equal(call.fixKind, 'safe')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}\n\nBefore You Go`)
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
  for (const kept of ['See the posts:', '- Bonus levels for every player']) {
    assertSpans(RULE, `${STORY}\n\n${MORE}\n\n${kept}\n\n${box}`, [`5:${kept.length + 1}-7:104`])
  }
  assertSpans(RULE, `${STORY}\n\nOne list of what members get\nA second line of the same list\n\n${box}`, ['4:31-6:104'])
  assertClean(RULE, `${STORY}\n\nBefore You Go\n\n${MORE}`)
})

test('a stage direction in capitals, a list lead-in and a reference sentence are no teasers', () => {
  for (const line of [
    '(THE CREW GATHERS ON DECK AS THE WIND RISES AND THE SKY DARKENS OVER THE HARBOUR)',
    'We recommend this plan for the following reasons:',
    'See also the council report, which was updated for 2020.'
  ]) {
    assertClean(RULE, `${STORY}\n\n${line}\n\n${MORE}`)
  }
  // Without the brackets the shouted line is another story's headline.
  assertSpans(RULE, `${STORY}\n\nTHE CREW GATHERS ON DECK AS THE WIND RISES AND THE SKY DARKENS OVER THE HARBOUR\n\n${MORE}`, ['3:1-5:1'])
})
