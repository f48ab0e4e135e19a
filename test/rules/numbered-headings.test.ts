/** A manual's numbered section headings (rules/lib/headings.ts) are headings to every rule that reads lines. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {isDivisionHeading, isNumberedHeading} from '../../rules/lib/headings.js'
import {assertClean, assertSpans} from '../helpers.js'

test('what counts as a numbered heading', () => {
  for (const line of ['9.10.1. Backing Up with rsync', '13.4 Email', '2.1. “Quoted” Names']) assert.ok(isNumberedHeading(line), line)
  for (const line of ['1. Preheat the oven', '3.5 million people voted', '4.2. The vote was held on Monday.', '12:30 Lunch']) assert.ok(!isNumberedHeading(line), line)
})

test('a numbered heading is no fused sentence, no teaser and no share counter', () => {
  const rsync = 'The rsync tool copies files between machines and keeps them in step over the network.'
  assertClean('missing-sentence-break', `9.10.1. Backing Up with rsync\n\n${rsync}`)
  assertSpans('missing-sentence-break', `Backing Up with rsync\n\n${rsync}`, ['1:8-1:11'])
  const cache = 'The apt-cache policy command displays the priorities of the package sources that are set up.'
  assertClean('duplicate-content', `6.3.1. The apt-cache policy Command\n\n${cache}`)
  assertSpans('duplicate-content', `Top News The apt-cache policy Command\n\n${cache}`, ['1:1-3:1'])
  const mail = 'Mail is sent through the local server, which relays it to the provider every few minutes.'
  assertClean('chrome-widget', `${mail}\n\n13.4. Email\n\n${mail}`)
  assertSpans('chrome-widget', `${mail}\n\n13 Email\n\n${mail}`, ['3:1-5:1'])
})

test("a book's numbered division is a heading", () => {
  for (const line of ['Chapter 12', 'PART II', 'Letter Four']) assert.ok(isDivisionHeading(line), line)
  for (const line of ['Chapterhouse', 'Part of the deal', 'Section 8 housing is scarce.']) assert.ok(!isDivisionHeading(line), line)
})
