import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, lintWith} from '../helpers.js'

const RULE = 'foreign-fragment'

test('a sentence in another language', () => {
  const text = 'The minister spoke on Monday. El presidente dijo que la economía crecerá este año más de lo esperado.'
  const [message] = assertSpans(RULE, text, ['1:31-1:102'])
  assert.equal(message.reason, 'Text in Spanish, not English; translate or remove it')
  assert.deepEqual(message.data, {language: 'spa'})
  assert.equal(message.fixKind, 'none')
})

test('consecutive sentences in one language are one finding', () => {
  const text = 'Der Bundeskanzler hat am Montag eine neue Regierung vorgestellt. Die Opposition kritisierte den Plan scharf und sprach von einem Fehler.\n\nThe talks resume next week.'
  assert.equal(lintWith(RULE, text).length, 1)
})

test('English, names, short phrases and quotes are left alone', () => {
  assertClean(RULE, 'The president said the economy will grow this year more than expected, and prices will fall.')
  assertClean(RULE, 'Reporting by Gaon Bae, Michael Mitsanas, Katharina Krebs, Maria Knight, Yunjung Seo and Betsy Klein.')
  assertClean(RULE, 'He shrugged: c’est la vie. Then he left.')
  assertClean(RULE, '“Vous voulez vos petits déjeuners tout de suite alors?” the hostess asked.')
  assertClean(RULE, 'They sang “Alle meine Entchen schwimmen auf dem See” at the party last night with friends.')
})

test('the minimum length is an option', () => {
  const text = 'Il a dit que la situation était grave.'
  assertClean(RULE, text)
  assertSpans(RULE, text, ['1:1-1:39'], {options: {minLength: 30}})
})
