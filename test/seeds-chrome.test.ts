/**
 * Site chrome in the two scraped seed articles in ../shared (read at test
 * time, never copied into the project). Skipped when ../shared is absent.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {fix, lint} from '../src/index.js'
import {hasShared, sharedPath} from '../scripts/lib/shared.js'

const present = hasShared('seeds')
const seed = (name: string) => readFileSync(sharedPath('seeds', name), 'utf8')

/** 1-based numbers of the lines that chrome messages cover (at least half of each). */
function flaggedLines(text: string): Set<number> {
  const chrome = lint(text).filter((message) => message.category === 'chrome')
  const lines = text.split('\n')
  const flagged = new Set<number>()
  let offset = 0
  lines.forEach((line, index) => {
    const start = offset + (line.length - line.trimStart().length)
    const end = offset + line.trimEnd().length
    let covered = 0
    for (const message of chrome) covered += Math.max(0, Math.min(end, message.range[1]) - Math.max(start, message.range[0]))
    if (end > start && covered * 2 >= end - start) flagged.add(index + 1)
    offset += line.length + 1
  })
  return flagged
}

/** Lines of at least 25 words: the articles' paragraphs. */
function paragraphs(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.split(/\s+/).length >= 25 ? [index + 1] : []))
}

test('seed 000: the "See also" inserts and the footer are flagged, no paragraph is', {skip: !present}, () => {
  const text = seed('000_ccde3f834144294e.txt')
  const lines = text.split('\n')
  const flagged = flaggedLines(text)
  const expected = lines.flatMap((line, index) => (/^See also|^(Exclusive content|Latest article|More article)$/.test(line) ? [index + 1] : []))
  assert.equal(expected.length, 6)
  for (const number of expected) assert.ok(flagged.has(number), `line ${number} ${lines[number - 1]}`)
  for (const number of paragraphs(text)) assert.ok(!flagged.has(number), `paragraph at line ${number} flagged`)
})

test('seed 002: credits, timestamp, the CNN line and the whole footer are flagged, no paragraph is', {skip: !present}, () => {
  const text = seed('002_9e079258e0f81788.txt')
  const lines = text.split('\n')
  const flagged = flaggedLines(text)
  const chrome = /^(CNN|00:21 – Source: CNN|Gavril Grigorov\/Sputnik\/Reuters|Source link|What do you think\?|Written by ADMIN|Leave a Reply|Your email address will not be published|GIPHY App Key not set)/
  const expected = lines.flatMap((line, index) => (chrome.test(line) ? [index + 1] : []))
  assert.equal(expected.length, 9)
  // The two teaser headlines after the comment form, to the end of the text.
  const last = lines.length
  expected.push(last - 2, last)
  for (const number of expected) assert.ok(flagged.has(number), `line ${number} ${lines[number - 1]}`)
  for (const number of paragraphs(text)) assert.ok(!flagged.has(number), `paragraph at line ${number} flagged`)
})

test('seeds: safe fixes delete the footers and converge', {skip: !present}, () => {
  for (const name of ['000_ccde3f834144294e.txt', '002_9e079258e0f81788.txt']) {
    const {output, remaining} = fix(seed(name))
    assert.doesNotMatch(output, /Source link|Leave a Reply|Latest article|See also/)
    assert.deepEqual(remaining.filter((message) => message.category === 'chrome' && message.fixKind === 'safe'), [])
    for (const number of paragraphs(seed(name))) assert.ok(output.includes(seed(name).split('\n')[number - 1].slice(0, 60)))
  }
})
