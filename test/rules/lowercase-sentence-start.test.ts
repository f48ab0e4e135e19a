import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'lowercase-sentence-start'

test('a lower-case word after a sentence end', () => {
  const [message] = assertSpans(RULE, 'The gallery has been closed since 2000. this week it reopened.', ['1:41-1:45'])
  assert.equal(message.reason, 'Sentence starts with lower-case “this”; capitalise it')
  assertSuggestion(RULE, 'The gallery has been closed since 2000. this week it reopened.', 'The gallery has been closed since 2000. This week it reopened.')
  assertSuggestion(RULE, 'We ate well.  the soup was hot.', 'We ate well.  The soup was hot.')
})

test('not after abbreviations and initials', () => {
  assertClean(RULE, 'Bring tools, e.g. hammers, nails, etc. and rope. Aid from the U.S. arrived.')
  assertClean(RULE, 'He lives at No. five, not vs. the others; see Fig. three and p. four.')
  assertClean(RULE, 'Smith & Co. said so, and Acme Inc. agreed with Paul P. and the rest of them.')
  assertClean(RULE, 'They moved to Atlanta, Ga. last year, then to Fresno, Calif. and on.')
})

test('not for a word that hardly ever starts a sentence: the period is stray', () => {
  assertClean(RULE, 'It rose to 55 per cent. of the total, and 40 mg. daily was given. The Chief. of Staff agreed.')
})

test('not for words lower-case by design, code, paths and domains', () => {
  assertClean(RULE, 'He bought one. iPhone sales rose. eBay listed it.')
  assertClean(RULE, 'Open example.com. then log in at www.example.org/home. then wait.')
  assertClean(RULE, 'Call init. then run.sh to start, or use x. y.')
})

test('not for list items, ellipses and name particles', () => {
  assertClean(RULE, '1. add the flour\n2. then the eggs')
  assertClean(RULE, 'We waited... and then it came. And he left.')
  assertClean(RULE, 'We saw the painting. van Gogh made it in 1888.')
})

test('question and exclamation marks are left alone', () => {
  assertClean(RULE, '“Really?” she asked. Yahoo! said nothing.')
})
