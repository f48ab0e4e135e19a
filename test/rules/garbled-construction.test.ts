import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertSpans, assertSuggestion, lintWith} from '../helpers.js'

const RULE = 'garbled-construction'

test('coordinated modals negating only the second verb', () => {
  const [message] = assertSpans(RULE, 'We can and should not wait.', ['1:4-1:22'])
  assert.equal(message.reason, '“can and should not” negates only the second verb; negate both (“cannot and should not”) or rephrase')
  assert.deepEqual(message.data, {kind: 'mixed-modals'})
  assertSuggestion(RULE, 'We can and should not wait.', 'We cannot and should not wait.')
  assertSuggestion(RULE, "They will and shouldn't stop.", "They won't and shouldn't stop.")
})

test('after a negative subject the fix drops the negation', () => {
  assertSuggestion(RULE, 'No one can and should not challenge.', 'No one can or should challenge.')
  assertSuggestion(RULE, 'Nobody could and would not say.', 'Nobody could or would say.')
})

test('contrasts of what can and cannot be done are fine', () => {
  assertClean(RULE, 'Tell us what we can and should not do. The law can and will be used.')
  assertClean(RULE, 'It lists the things it can and cannot do; they can and can not agree.')
})

test('two negated auxiliaries with no verb before the sentence ends', () => {
  const text = 'It “should not be challenged by anyone.” It doesn\'t and shouldn\'t.”'
  const [message] = assertSpans(RULE, text, ['1:45-1:66'])
  assert.equal(message.reason, "“doesn't and shouldn't” ends without a verb; name what is (not) done")
  assert.equal(message.expected, undefined)
  assertClean(RULE, "It doesn't and shouldn't matter. We can't and won't.")
})

test('an adverb that cannot be graded after "more"', () => {
  assertSpans(RULE, 'They opened their minds to more definitely develop ties.', ['1:28-1:43'])
  assertSuggestion(RULE, 'They opened their minds to more definitely develop ties.', 'They opened their minds to definitely develop ties.')
  assertClean(RULE, 'It is most definitely there, and more clearly defined.')
})

test('double comparatives', () => {
  const [message] = assertSpans(RULE, 'This plan is more better than that.', ['1:14-1:25'])
  assert.equal(message.reason, '“more better” compares twice; use “better”')
  assertSuggestion(RULE, 'Most easier tasks came first.', 'Easier tasks came first.')
})

test('two articles, or an article before a preposition', () => {
  const [message] = assertSpans(RULE, 'He read the a report.', ['1:9-1:14'])
  assert.deepEqual(message.expected, ['a', 'the'])
  assertSuggestion(RULE, 'She sat at the of table.', 'She sat at of table.')
  assert.equal(lintWith(RULE, 'The the end.').length, 0, 'identical doubles are repeated-words')
})

test('letters and names are not articles', () => {
  assertClean(RULE, 'The A-Team won. A vitamin A dose. Drive in Lane A of the road, grade 1-a by law. It was the by-election.')
})

test('a word talked about, a letter used as a name, and "by the by" are no splice', () => {
  assertClean(RULE, 'Break ends the for loop, and the with statement closes files. Use the at command, or a from __future__ import.')
  assertClean(RULE, 'In the a.x lookup, this sets a to 0 and the variable a by 2. By the by, it works.')
  // The same words in running text still are.
  assertSpans(RULE, 'The council met at the of town hall. It voted for the with plan.', ['1:20-1:26', '1:51-1:59'])
})

test('options turn each pattern off', () => {
  assertClean(RULE, 'We can and should not wait.', {options: {modals: false}})
  assertClean(RULE, 'This is more better.', {options: {comparatives: false}})
  assertClean(RULE, 'He read the a report.', {options: {articles: false}})
})
