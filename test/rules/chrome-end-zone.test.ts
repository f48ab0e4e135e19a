import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans} from '../helpers.js'

const RULE = 'chrome-end-zone'
const STORY = 'The bridge will reopen in the spring, the transport office said on Monday, after repairs to the deck.'
const MORE = 'Engineers found the damage during a routine inspection last year and closed two lanes at once.'

test('after an end marker everything is chrome, deleted as one block', () => {
  const text = `${STORY}\n\n${MORE}\n\nSource link\n\nLeave a Reply\n\nCity plans new ferry route to the islands\n`
  const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-9:42`])
  assert.equal(message.reason, 'Site chrome after “Source link”, the end of the article; delete these 3 lines')
  assert.equal(message.fixKind, 'safe')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}\n`)
})

test('comments after the end marker: running text makes the block a suggestion', () => {
  const comment = 'I drive over that bridge every day and the repairs are long overdue, frankly.'
  const text = `${STORY}\n\n${MORE}\n\n12 Comments\n\n${comment}`
  const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-7:${comment.length + 1}`])
  assert.equal(message.fixKind, 'suggestion')
})

test('teasers under a heading inside the article, the heading included', () => {
  const text = `${STORY}\n\n${MORE}\n\nRelated Stories\nMuseum names new director\nRoof repairs to close east wing\n\nThe west wing stays open during the works, and tickets bought for it remain valid.`
  const [message] = assertSpans(RULE, text, ['5:1-9:1'])
  assert.equal(message.reason, 'Teasers under “Related Stories”; delete these 3 lines')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}\n\nThe west wing stays open during the works, and tickets bought for it remain valid.`)
})

test('a one-word heading that is also widget text ("Trending") still heads the teasers after the article', () => {
  const text = `${STORY}\n\n${MORE}\n\nTrending\n\nActor's wife hurt in crash; son questioned by police\nFarmer finds old coins under his barn floor`
  const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-8:44`])
  assert.equal(message.reason, 'Teasers under “Trending”; delete these 3 lines')
})

test('a longer teaser heading that ends in a colon announces teasers', () => {
  const text = `${STORY} ${MORE} ${STORY}\n\n${MORE} ${STORY} ${MORE}\n\nRelated coverage from our guide to city life:\nHow to find a flat near the river\nWhere to park when the bridge is shut\n\n${MORE} ${STORY} ${MORE}\n\n${STORY}`
  const [message] = assertSpans(RULE, text, ['5:1-9:1'])
  assert.equal(message.reason, 'Teasers under “Related coverage from our guide to city life:”; delete these 3 lines')
})

test('a text that ends in a run of headlines ends in teasers', () => {
  const text = `${STORY}\n\n${MORE}\n\n15 Amazing Images of Bridges\n11 Facts About River Crossings\nThe 10 Longest Spans in Europe`
  assertSpans(RULE, text, [`3:${MORE.length + 1}-7:31`])
})

test('closing headlines count a labelled teaser among them ("Photos: …")', () => {
  const text = `${STORY}\n\n${MORE}\n\nHarbour Ferry Strike Ends After Five Days\nPhotos: Harbour Ferries Through the Years\nThe Old Lighthouse Opens to Visitors`
  assertSpans(RULE, text, [`3:${MORE.length + 1}-7:37`])
})

test('a publication note after the closing headlines is not a teaser', () => {
  const text = `${STORY}\n\n${MORE}\n\n15 Amazing Images of Bridges\n11 Facts About River Crossings\nThe 10 Longest Spans in Europe\nOriginally published on Harbour Gazette.`
  assertSpans(RULE, text, ['5:1-8:1'])
  assertFixed(RULE, text, `${STORY}\n\n${MORE}\n\nOriginally published on Harbour Gazette.`, {unsafe: true})
})

test('a bulleted headline alone between two paragraphs links to another article', () => {
  const text = `${STORY}\n\n• Harbour ferry fares to rise in the spring\n\n${MORE}`
  const [message] = assertSpans(RULE, text, ['3:1-5:1'])
  assert.equal(message.reason, 'Link to another article; delete the line')
  assert.equal(message.fixKind, 'suggestion')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
})

test('a text that ends in bulleted headlines in sentence case ends in teasers', () => {
  const text = `${STORY}\n\n${MORE}\n• The long fight over the old ferry pier\n• How the city pays for its bridges\n• Why river crossings cost so much to run`
  assertSpans(RULE, text, [`3:${MORE.length + 1}-6:42`])
})

test('bulleted subheadings and a list a short line introduces stay', () => {
  const section = (title: string) => `• ${title}\n${MORE}`
  assertClean(RULE, `${STORY}\n${section('Repairs to the deck begin in March')}\n${section('Two lanes will stay open for buses')}\n${section('Cyclists get a temporary path nearby')}`)
  assertClean(RULE, `${STORY}\n\n${MORE}\n\nThe plan does three things!\n• Keeps two lanes open during the works\n• Moves the cycle path to the north side\n• Adds a night bus across the river`)
})

test('headlines with summaries cut short by an ellipsis are teasers', () => {
  const teasers = 'Council backs new concert hall\nThe vote came after a long debate about the cost of the ...\nFerry fares to rise in spring\nOperators say fuel costs have doubled since the last ...\nSchool run traffic plan approved\nParents and teachers asked the council for safer crossings near ...'
  const text = `${STORY}\n\n${MORE}\n\n${teasers}`
  const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-10:68`])
  assert.equal(message.reason, 'Teasers with cut summaries; delete these 6 lines')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
})

test('an ellipsis among whole paragraphs is the writer’s', () => {
  assertClean(RULE, `${STORY}\n\nHere is the thing …\n\n${MORE}\n\nAnd then the council said …\n\n${STORY}\n\nSo the answer is …\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\nFrom the ...\nThe vote came after a long debate about the cost of the ...\nOperators say fuel costs have doubled since the last ...`)
})

test('the article’s own lists and final lines stay', () => {
  assertClean(RULE, `${STORY}\n\n${MORE}\n\nWhat is new in version 2:\nFaster Loading of Large Files\nBetter Support for Tablets\nNew Themes for the Reader`)
  assertClean(RULE, `${STORY}\n\nComments made by the judge drew a rebuke from the defence, which said it would appeal.\n\n${MORE}`)
  assertClean(RULE, `${STORY}\n\n${MORE}\n\nThanks for reading!`)
})

test('headlines under their section name ("Kicker | Headline") ending the text are teasers, and so is the copyright line after them', () => {
  const teasers = 'Harbour Week 2026 | the ferry museum opens its doors\nHarbour Week 2026 | a night tour of the old docks\nHarbour Week 2026 | what to see on the last day\ncopyright Harbour Gazette 2026'
  const text = `${STORY}\n\n${MORE}\n\n${teasers}`
  const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-8:31`])
  assert.equal(message.reason, 'Teaser headlines ending the text; delete these 4 lines')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
})

test('after the closing teasers only a copyright line is footer: another note stays', () => {
  const text = `${STORY}\n\n${MORE}\n\nHarbour Week 2026 | the ferry museum opens its doors\nHarbour Week 2026 | a night tour of the old docks\nHarbour Week 2026 | what to see on the last day\nOriginally published on Harbour Gazette.`
  assertSpans(RULE, text, ['5:1-8:1'])
})

test('headlines glued to their summaries, three in a row, are teasers', () => {
  const teasers = [
    'The 5 Best Ferry Rides In The CityWe looked at timetables and fares to find the trips worth taking this summer.',
    'Where To Eat Near The Old DocksHungry after a walk by the river? These cafes serve food until late.',
    "Say Hello To The Harbour's New MascotThe seal pup was rescued in May and now lives at the aquarium."
  ].join('\n\n')
  const text = `${STORY}\n\n${MORE}\n\n${teasers}`
  const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-9:100`])
  assert.equal(message.reason, 'Teasers with their summaries glued on; delete these 3 lines')
  assert.equal(message.fixKind, 'suggestion')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
})

test('one or two glued headlines are left to glued-words; names like MacBook are not glue', () => {
  const glued = 'The 5 Best Ferry Rides In The CityWe looked at timetables and fares to find the trips worth taking this summer.'
  assertClean(RULE, `${STORY}\n\n${glued}\n\n${glued.replace('5', '6')}\n\n${MORE}`)
  const names = 'The New MacBook Pro Goes On Sale In March, and the iPhone maker says YouTube creators will like it.'
  assertClean(RULE, `${names}\n\n${names}\n\n${names}`)
})

test('post navigation with its screen-reader label ("Prev Previous …") ends the article', () => {
  const text = `${STORY}\n\n${MORE}\n\nPrev Previous Harbour Week 2026: the programme\nNext Ferry timetable changes for the winter\nContact Us\nPrivacy Policy`
  const [message] = assertSpans(RULE, text, [`3:${MORE.length + 1}-8:15`])
  assert.equal(message.reason, 'Teasers under “Prev Previous Harbour Week 2026: the programme”; delete these 4 lines')
  assertFixed(RULE, text, `${STORY}\n\n${MORE}`, {unsafe: true})
})
