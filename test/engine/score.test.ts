/**
 * The quality score: more damage gives a lower score, clean prose scores
 * at least 90, and the documented formula holds.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {fileResult} from '../../src/cli/process.js'
import {createSetup} from '../../src/config/setup.js'
import {Doc} from '../../src/engine/doc.js'
import {lintDocument} from '../../src/engine/lint.js'
import {documentSignals, penalty, scoreDocument, SIGNAL_RULES} from '../../src/engine/score.js'
import {documentText, readBrown} from '../../scripts/lib/brown.js'

const setup = createSetup()
const errors = createSetup({rules: {'doubled-punctuation': 'error', 'repeated-words': 'error', 'irregular-spacing': 'error', 'invisible-characters': 'error'}})

function score(text: string, lintSetup = setup, path?: string): number {
  const result = lintDocument(text, lintSetup, {path})
  return fileResult(path ?? 'x.txt', text, result.messages, result.doc).score
}

const PARAGRAPHS = [
  'The harbour board met on Tuesday to discuss the new ferry timetable. Members agreed that the early crossing would move to half past six from the first of May.',
  'Residents of the island had asked for the change for several years. Many of them work on the mainland and found the old schedule hard to keep.',
  'The operator said the larger vessel would enter service in the autumn, once its crew had finished training. Until then, the smaller boat will run every ninety minutes.',
  'A public meeting about fares is planned for next month. The board expects to publish its proposals a week before the meeting, so that people have time to read them.'
]
const CLEAN = PARAGRAPHS.join('\n\n') + '\n'

/** Damage of the kinds the built-in rules find, applied cumulatively. */
const DAMAGE: Array<(text: string) => string> = [
  (text) => text.replace('ferry timetable.', 'ferry timetable. .'),
  (text) => text.replace('asked for the', 'asked for the the'),
  (text) => text.replace('several years', 'several\u00a0 years'),
  (text) => text.replace('larger vessel', 'larger  vessel'),
  (text) => text.replace('public meeting', 'public,, meeting'),
  (text) => text.replace('to read them', 'to to read them'),
  (text) => text.replace('Members agreed', 'Members\u200b agreed')
]

test('clean text scores 100', () => {
  assert.equal(score(CLEAN), 100)
  assert.equal(score(''), 100, 'an empty file has nothing wrong with it')
})

test('monotonic: each added finding lowers the score', () => {
  let text = CLEAN
  let previous = score(text)
  for (const [index, damage] of DAMAGE.entries()) {
    text = damage(text)
    const current = score(text)
    assert.ok(current < previous, `step ${index + 1}: ${current} should be below ${previous}`)
    previous = current
  }
  assert.ok(previous < 60, `heavily damaged text scores ${previous}`)
})

test('monotonic: errors weigh more than warnings', () => {
  const damaged = DAMAGE.slice(0, 3).reduce((text, damage) => damage(text), CLEAN)
  assert.ok(score(damaged, errors) < score(damaged))
})

test('monotonic: document-level signals lower the score', () => {
  const chrome = ['Home', 'News', 'Sport', 'Weather', 'Contact us', 'Log in']
  const withMenu = chrome.join('\n') + '\n' + CLEAN
  const withMoreMenu = [...chrome, ...chrome.map((item) => item + ' page'), 'Sign up', 'Shop'].join('\n') + '\n' + CLEAN
  const repeated = CLEAN + '\n' + PARAGRAPHS[0] + '\n\n' + PARAGRAPHS[1] + '\n'
  const symbols = CLEAN.replace(/\. /g, '. # … | ')
  const scores = [score(CLEAN), score(withMenu), score(withMoreMenu)]
  assert.ok(scores[0] > scores[1] && scores[1] > scores[2], `unterminated lines: ${scores}`)
  assert.ok(score(repeated) < score(CLEAN), 'duplicate lines')
  assert.ok(score(symbols) < score(CLEAN), 'symbols')
})

test('signals: Markdown headings, lists, code and directive lines are not lines of running text', () => {
  const markdown = ['# Ferry timetable', '', ...PARAGRAPHS.flatMap((paragraph) => [paragraph, '']), '- early crossing', '- late crossing', '', '```', 'run --fast', '```', '<!-- scrapelint-disable -->'].join('\n')
  assert.deepEqual(documentSignals(new Doc(markdown, {format: 'markdown'}), 200), {unterminatedLines: 0, duplicateLines: 0, symbolRatio: 0})
  // As plain text: 9 lines of text (the opening fence and `run --fast` read as one wrapped line), 5 of them unterminated.
  assert.equal(documentSignals(new Doc(markdown, {format: 'text'}), 200).unterminatedLines, 0.556)
})

test('signals: hard-wrapped paragraphs are read as paragraphs, not as unterminated lines', () => {
  const wrapped = PARAGRAPHS.map((paragraph) => paragraph.replace(/(.{50,70}?) /g, '$1\n')).join('\n\n')
  assert.ok(wrapped.split('\n').length > 12)
  assert.equal(documentSignals(new Doc(wrapped), 200).unterminatedLines, 0)
  const menu = 'Home\nNews\nSport\nWeather\n\n' + wrapped
  // 4 menu lines among 10: a wrapped line that ends a sentence is a line of its own, and a terminated one.
  assert.equal(documentSignals(new Doc(menu), 200).unterminatedLines, 0.4, 'short lines starting in capitals are lines of their own')
})

test('the formula: weighted density halves the score every 10 per 1,000 words, minus signal penalties', () => {
  // Two warnings (punctuation 0.5 + duplicate 1) in 100 words: 15 per 1,000 → 100 × 2^-1.5 = 35.4.
  const text = 'one two three four five six '.repeat(16) + 'end,, the the.'
  const result = lintDocument(text, setup)
  const quality = scoreDocument(result.doc, result.messages, 100)
  assert.equal(quality.density, 15)
  assert.equal(quality.score, 35)
  assert.equal(penalty(0.25, SIGNAL_RULES.unterminatedLines), 0)
  assert.equal(penalty(0.5, SIGNAL_RULES.unterminatedLines), 10)
  assert.equal(penalty(1, SIGNAL_RULES.unterminatedLines), 20)
})

test('clean Brown corpus text scores at least 90', () => {
  const documents = readBrown().filter((_, index) => index % 25 === 0)
  assert.ok(documents.length >= 20)
  for (const document of documents) {
    const value = score(documentText(document))
    assert.ok(value >= 90, `${document.id} scores ${value}`)
  }
})

test('signals: symbols are counted as /#|…|\.\.\.|[•·|»›▸►→]/g matches, and lines differing in white space only repeat', () => {
  // 1 `#`, `....` (one `...`), `…`, `|`, `»`, `•`, `·`, `›`, `▸`, `►`, `→`, `......` (two): 13 in 100 words.
  const symbols = 'Tags # one.... two … three | four » five • six · seven › eight ▸ nine ► ten → eleven......'
  assert.equal(documentSignals(new Doc(symbols), 100).symbolRatio, 0.13)
  const lines = ['The ferry left at nine.', 'The  ferry\tleft at nine.', 'THE FERRY LEFT AT NINE.', 'The ferry left at ten.']
  // Three of the four lines are one line; the second and third repeat the first.
  const repeated = (lines[1].length + lines[2].length) / lines.join('').length
  assert.equal(documentSignals(new Doc(lines.join('\n')), 100).duplicateLines, Math.round(repeated * 1000) / 1000)
  // The Kelvin sign lower-cases to an ASCII `k`: the second line repeats the first.
  const kelvin = ['Kelvin kept the scale.', '\u212Aelvin kept the scale.', 'Celsius did not.']
  assert.equal(documentSignals(new Doc(kelvin.join('\n')), 100).duplicateLines, Math.round((kelvin[1].length / kelvin.join('').length) * 1000) / 1000)
})
