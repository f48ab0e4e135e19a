import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'doubled-punctuation'

test('a period doubled across a space', () => {
  const [message] = assertSpans(RULE, 'He thanked the partners. .', ['1:24-1:27'])
  assert.equal(message.reason, 'Doubled `.` (with a space between); use one')
  assert.equal(message.fixKind, 'safe')
  assertFixed(RULE, 'He thanked the partners. .\nNext.', 'He thanked the partners.\nNext.')
})

test('doubled commas, semicolons and periods', () => {
  assertSpans(RULE, 'red,, green;; blue..', ['1:4-1:6', '1:12-1:14', '1:19-1:21'])
  assertSpans(RULE, 'It works as follows:: first, the list. Then ends, .', ['1:20-1:22', '1:49-1:52'])
  assertFixed(RULE, 'red,, green;; blue..', 'red, green; blue.')
  assertFixed(RULE, 'tools, media, etc.. and more', 'tools, media, etc. and more')
})

test('mixed marks keep the stronger one, as a suggestion', () => {
  const [message] = assertSpans(RULE, 'It ended,. Then', ['1:9-1:11'])
  assert.equal(message.fixKind, 'suggestion')
  assertSuggestion(RULE, 'It ended,. Then', 'It ended. Then')
  assertFixed(RULE, 'It ended,. Then', 'It ended,. Then')
  assertFixed(RULE, 'It ended,. Then', 'It ended. Then', {unsafe: true})
})

test('ellipses, abbreviations, paths and numbers are fine', () => {
  assertClean(RULE, 'Wait... what? And so on. . . fine. He paused…. Then. ... Next.')
  assertClean(RULE, 'Born in Fresno, Calif., he moved to the U.S.; later, etc.: done.')
  assertClean(RULE, 'Open ../config and use range 1..10 or std::vector here.')
  // A colon pair that is syntax, and a dot that starts a file type or a domain.
  assertClean(RULE, 'Classifiers read Topic :: Text Processing, and rows[::-1] reverses them.')
  assertClean(RULE, 'The patch, .diff.gz and .orig files, e.g. .dpkg-old, run on .NET.')
  assertClean(RULE, 'Yahoo!. Really?, she said.')
  assertClean(RULE, 'Visit http://example.com/a..b today.')
})
