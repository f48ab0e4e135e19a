/** leadMatches (rules/lib/lead-matches.ts): the same matches as matchAll, found from their fixed first character. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {leadMatches} from '../../rules/lib/lead-matches.js'

const spans = (matches: Iterable<RegExpExecArray | RegExpMatchArray>) => [...matches].map((match) => `${match.index}:${match[0]}`)

test('the same matches, in order, as matchAll over the whole text', () => {
  const patterns: Array<[string, string]> = [
    ['&', '&(?:#\\d+|[a-z]+);?'],
    ['<', '</?[a-z]+[^>]*>'],
    ['-', '-{2,}|-[a-z]+']
  ]
  const pieces = ['&amp;', '&', '&#39;', '<b>', '</i>', '<', '--', '---', '-x', ' ', 'a', ';', '>', '-']
  let seed = 11
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let count = 0; count < 2000; count++) {
    let text = ''
    for (let length = Math.floor(random() * 20); length > 0; length--) text += pieces[Math.floor(random() * pieces.length)]
    for (const [lead, source] of patterns) {
      const expected = spans(text.matchAll(new RegExp(source, 'g')))
      assert.deepEqual(spans(leadMatches(text, lead, new RegExp(source, 'y'))), expected, `${source} on ${JSON.stringify(text)}`)
    }
  }
})

test('followers: a lead not followed by one of them is skipped, runs of the lead at once', () => {
  const text = 'a - b -- c ---- d -x'
  assert.deepEqual(spans(leadMatches(text, '-', /-+[a-z]?/y, 0, 'x')), ['18:-x'])
  assert.deepEqual(spans(leadMatches(text, '-', /-+/y, 0, '-')), ['6:--', '11:----'])
})
