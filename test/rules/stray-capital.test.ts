import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion, lintWith} from '../helpers.js'
import {capitalShare, truecaseEntry} from '../../rules/lib/truecase.js'

const RULE = 'stray-capital'

test('the truecasing table knows common words and leaves names out', () => {
  const provides = truecaseEntry('provides')
  assert.ok(provides && provides.lower > 50 && capitalShare(provides) === 0)
  assert.equal(provides.pos, 'f')
  const state = truecaseEntry('state')
  assert.ok(state && capitalShare(state) > 0.2, 'state is often capitalised (State Department)')
  assert.equal(truecaseEntry('pyongyang'), undefined)
  assert.equal(truecaseEntry('without')?.pos, 'i')
})

test('a verb spliced after a name', () => {
  const [message] = assertSpans(RULE, 'Several governments are accusing the regime Provides weapons to rebels.', ['1:45-1:53'])
  assert.equal(message.reason, '“Provides” is capitalised in mid-sentence; use “provides”')
  assertSuggestion(RULE, 'Several governments are accusing the regime Provides weapons to rebels.', 'Several governments are accusing the regime provides weapons to rebels.')
  assertSuggestion(RULE, 'In March, Lisbon Vetoed a new budget.', 'In March, Lisbon vetoed a new budget.')
})

test('function words and adjectives in mid-sentence', () => {
  assertSpans(RULE, 'The leader will travel to Chile For a three-day visit.', ['1:33-1:36'])
  assertSpans(RULE, 'She won the seat earlier this year Without real opposition.', ['1:36-1:43'])
  assertSpans(RULE, 'The council passed a resolution To renew the lease.', ['1:33-1:35'])
  assertSpans(RULE, 'He made one last month Official visit to Rome.', ['1:24-1:32'])
  assertSuggestion(RULE, 'Prices rose in debt In a poor country.', 'Prices rose in debt in a poor country.')
})

test('a date after the stray capital, and a noun that closes a splice before a new clause', () => {
  assertSpans(RULE, 'It repaid the visit by Kim Last September.', ['1:28-1:32'])
  assertSpans(RULE, 'The banners went up this week Inspection It is rare.', ['1:31-1:41'])
})

test('multi-word names and titles are not flagged', () => {
  assertClean(RULE, 'Delegates met at the International Peace Conference in Geneva and the State Guest House.')
  assertClean(RULE, 'A stand was built beside Kim Il Sung Square, said Defense Secretary Lloyd Austin on Monday.')
  assertClean(RULE, 'Traffic in the Bay Area slowed, and the Stanley Cup returned to the city.')
  assertClean(RULE, 'She led the Council on Energy, Environment and Water for a year, then the Group of Seven.')
  assertClean(RULE, 'It streams on Xbox Live, and Steam, and the Enterprise returns with an About page.')
  assertClean(RULE, 'Written by Ann Lee, with reporting by Jo Lash and Tim Reed; Paul Hunt said so.')
  assertClean(RULE, 'They fought the War Between the States and passed the No Child Left Behind act; bin Laden hid.')
  assertClean(RULE, 'It was a hard year. FOREIGN POLICY From the start we talked to allies.')
  assertClean(RULE, 'The benchmark ran on Windows 10 Pro with Geekbench 5 Compute enabled.')
})

test('positions that explain a capital are not flagged', () => {
  assertClean(RULE, 'The result: Without a vote the plan failed.')
  assertClean(RULE, 'Prices rose — Without warning, they fell again.')
  assertClean(RULE, 'He quoted the song “Born To Run Free” on stage.')
  // Capitals before, inside and after a quotation on one line (the quote count goes on from one to the next).
  assertSpans(RULE, 'The leader will travel to Chile For a visit, sing “Born To Run Free” and win the seat this year Without real opposition.', ['1:33-1:36', '1:97-1:104'])
  assertClean(RULE, 'Without a vote\nWithout a plan')
  assertClean(RULE, 'How the City Council Provides for Its Poor\n\nThe story follows.')
})

test('a word the document capitalises again and again is a name there', () => {
  const text = 'We moved to Experience last year. I love Experience more than ever, and Experience grew fast.'
  assertClean(RULE, text)
  assert.equal(lintWith(RULE, 'We moved to Lisbon Provides a home.').length, 1, 'once is not a name')
})

test('code, compounds and lists', () => {
  assertClean(RULE, 'The call to Foo.Provides() failed, as did Covid-Related tests and Provides/Requires.')
  assertClean(RULE, 'She likes apples, Pears, and plums.')
})
