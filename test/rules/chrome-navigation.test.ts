import {test} from 'node:test'
import assert from 'node:assert/strict'
import {CorpusBuilder} from '../../src/engine/corpus.js'
import {lintDocument} from '../../src/engine/lint.js'
import {assertClean, assertFixed, assertSpans, onlyRule, span} from '../helpers.js'

const RULE = 'chrome-navigation'
const BODY =
  'Volunteers will clear the harbour floor of debris in a two-week operation that starts on the first of next month, the port authority said.\n\n' +
  'Divers will work in pairs, and boats will collect what they bring up, weighing it before it goes to recycling.'
const HEAD = 'Skip to content\nHome\nNews\nSports\nWeather\nSubscribe\nLog In'
const FOOT = 'Contact Us\nAbout Us\nCareers\nPrivacy Policy\nTerms of Use'

test('menus before and after the article, the headline kept', () => {
  const text = `${HEAD}\n\nHarbour cleanup starts next month\n\n${BODY}\n\n${FOOT}`
  const messages = assertSpans(RULE, text, ['1:1-9:1', '13:111-19:13'])
  assert.equal(messages[0].reason, 'Site navigation before the article; delete these 7 lines')
  assert.equal(messages[1].reason, 'Site navigation after the article; delete these 5 lines')
  assert.ok(messages.every((message) => message.fixKind === 'suggestion'))
  assertFixed(RULE, text, text)
  assertFixed(RULE, text, `Harbour cleanup starts next month\n\n${BODY}`, {unsafe: true})
})

test('bulleted menus of text dumps', () => {
  const text = `* Home\n* News\n  o World\n  o Politics\n* Sports\n* Subscribe\n\n${BODY}`
  assertSpans(RULE, text, ['1:1-8:1'])
})

test('lists, tables and short headings inside the article are not menus', () => {
  assertClean(RULE, `The recipe needs only a few things.\n\nIngredients\n2 ripe pears\n1 lemon\n1 tsp cinnamon\n\nCook the pears slowly with the lemon juice until they are soft, then add the cinnamon and stir.`)
  assertClean(RULE, `${BODY}\n\nPos | Player | Plays\nDL | Larry Ogunjobi | 63\nDL | Myles Garrett | 57`)
  assertClean(RULE, `Claim\nRating\nOrigin\nAbout this rating\n\n${BODY}`)
  assertClean(RULE, `${BODY}\n\nTicketing\nInquiry\nStaff\nVenue`)
})

test('in a menu zone, a recipe’s ingredients, a list a colon introduces and sentences ending in an emoji stay', () => {
  const ingredients = '1 tsp cinnamon\n1/2 cup lemon juice\n8-9 ripe pears, cored and peeled\n6 tbsp fruit pectin powder'
  const list = 'The new edition brings:\nHundreds of new questions that will keep a long evening lively\nA printable score sheet for groups of up to eight players'
  const informal = 'Come and see the show with your whole family this winter 🙂'
  const text = `${BODY}\n\n${FOOT}\n${ingredients}\n${list}\n${informal}\nShare\nFacebook`
  const messages = assertSpans(RULE, text, ['5:1-10:1', '17:60-19:9'])
  assert.equal(messages[0].reason, 'Site navigation after the article; delete these 5 lines')
  assert.equal(messages[1].reason, 'Site navigation after the article; delete these 2 lines')
})

test('a shouted heading with a colon over short headlines is not the article’s list', () => {
  const teasers = 'IN BRIEF:\nFerry fares to rise in spring\nMuseum names new director\nRoof repairs to close east wing'
  const [message] = assertSpans(RULE, `${BODY}\n\n${FOOT}\n${teasers}`, ['3:111-13:32'])
  assert.equal(message.reason, 'Site navigation after the article; delete these 9 lines')
})

test('a post embedded in the article is not a menu, even among menu lines', () => {
  const post = 'The harbour looks cleaner already after the first week of work pic.twitter.com/abc123'
  const signature = '— Harbour Watch (@harbourwatch) March 3, 2021'
  const text = `${BODY}\n\n${post}\n${signature}\n${FOOT}`
  const [message] = assertSpans(RULE, text, ['6:46-11:13'])
  assert.equal(message.reason, 'Site navigation after the article; delete these 5 lines')
})

test('in a run of many sites, a product name found in a few files does not cut the article in two', () => {
  const paragraph = (what: string) =>
    `The ${what} was the surprise of the year: it is small, it is cheap, and it does the one thing it promises without fuss, which is more than can be said of most of the gadgets that crossed our desk in the last twelve months, and it arrived just in time for the holidays.`
  const article = [
    HEAD,
    paragraph('speaker'),
    'Amazon\nAmazon Echo Buds for $130',
    paragraph('earbud'),
    'Sonos\nSonos Move for $400',
    paragraph('portable speaker')
  ].join('\n\n')
  const builder = new CorpusBuilder()
  builder.add(article)
  for (let index = 0; index < 99; index++) builder.add(index < 2 ? 'Amazon\nSonos\nA page of another site.' : `Page ${index} of another site.`)
  const {messages} = lintDocument(article, onlyRule(RULE), {corpus: builder.build()})
  assert.deepEqual(messages.map(span), ['1:1-9:1'])
})
