import {test} from 'node:test'
import assert from 'node:assert/strict'
import {lint} from '../../src/index.js'
import {assertClean, assertFixed, assertSpans} from '../helpers.js'

const RULE = 'chrome-attribution'
const STORY = 'Water levels in the reservoir rose by a metre over the weekend after heavy rain in the hills.'

test('off by default: attribution notes are not reported unless asked for', () => {
  const text = `${STORY}\n\nOriginally published on Riverside Gazette.`
  assert.deepEqual(lint(text).filter((message) => message.category === 'chrome'), [])
  const [message] = assertSpans(RULE, text, [`1:${STORY.length + 1}-3:43`])
  assert.equal(message.fixKind, 'suggestion')
  assertFixed(RULE, text, STORY, {unsafe: true})
})

test('reporting credits, disclosures and copyright notes', () => {
  for (const line of ['Reporting by Ana Lima; Editing by Tom Reed', 'Contributing: Tom Reed', 'Disclosure: We may earn a commission from purchases made through links on this page.', '© 2019 Riverside Gazette. All rights reserved.']) {
    assertSpans(RULE, `${STORY}\n\n${line}`, [`1:${STORY.length + 1}-3:${line.length + 1}`])
  }
})

test('the words inside the article are not notes', () => {
  assertClean(RULE, 'The report was originally published in 2009, and the authors say its findings still hold.')
  assertClean(RULE, `${STORY}\n\nCopyright law was changed in 1998, the court noted in its ruling on Monday.`)
})
