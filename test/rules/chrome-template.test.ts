import {test} from 'node:test'
import assert from 'node:assert/strict'
import {CorpusBuilder} from '../../src/engine/corpus.js'
import {lintDocument} from '../../src/engine/lint.js'
import {onlyRule, span} from '../helpers.js'

const RULE = 'chrome-template'
const TEMPLATE = 'Get the Daily Brief in your inbox every morning at seven'
const article = (topic: string) => `The ${topic} reopened on Monday after the storm, the city said in a statement.\n\n${TEMPLATE}\n`

function corpusOf(texts: string[]) {
  const builder = new CorpusBuilder()
  for (const text of texts) builder.add(text)
  return builder.build()
}

test('a line found in three files of the run is template', () => {
  const texts = [article('harbour'), article('library'), article('pool')]
  const corpus = corpusOf(texts)
  const {messages} = lintDocument(texts[0], onlyRule(RULE), {corpus})
  const first = texts[0].split('\n')[0]
  assert.deepEqual(messages.map(span), [`1:${first.length + 1}-3:${TEMPLATE.length + 1}`])
  assert.equal(messages[0].reason, 'Site template: line found in 3 of the 3 files; delete the line')
  assert.equal(messages[0].fixKind, 'suggestion')
})

test('two files are not enough, and running text needs five', () => {
  const two = [article('harbour'), article('library')]
  assert.deepEqual(lintDocument(two[0], onlyRule(RULE), {corpus: corpusOf([...two, 'Something else.\n'])}).messages, [])
  const quote = '“We will rebuild the pier before the summer,” the mayor said at the meeting.'
  const texts = ['a', 'b', 'c', 'd'].map((name) => `Story ${name} begins with a sentence of its own here.\n\n${quote}\n`)
  assert.deepEqual(lintDocument(texts[0], onlyRule(RULE), {corpus: corpusOf(texts)}).messages, [])
  const five = [...texts, `Story e begins with a sentence of its own here.\n\n${quote}\n`]
  assert.equal(lintDocument(five[0], onlyRule(RULE), {corpus: corpusOf(five)}).messages.length, 1)
})

test('without a corpus the rule is silent', () => {
  assert.deepEqual(lintDocument(article('harbour'), onlyRule(RULE)).messages, [])
})

test("a heading the files share inside the article, and a book's numbered chapter headings, are not template", () => {
  const body = (topic: string) => `The ${topic} reopened on Monday after the storm that closed it for a week, the city said in a statement, and the ferries to the islands will run on their winter timetable until March.`
  const more = (topic: string) => `Engineers will inspect the ${topic} again in spring, when the water is low enough to see the footings, and a report on the cost of the repairs is due in June, the council was told on Tuesday.`
  const topics = ['harbour', 'library', 'pool']
  const last = (topic: string) => `Residents near the ${topic} said they had not been told when the work would start, and several asked the council to publish the engineers' report in full before any decision.`
  const headed = topics.map((topic) => `${body(topic)}\n\n${more(topic)}\n\nBackground\n\n${body(topic)}\n\n${last(topic)}\n\n${TEMPLATE}\n`)
  const {messages} = lintDocument(headed[0], onlyRule(RULE), {corpus: corpusOf(headed)})
  // Only the sign-up line after the article; "Background" between its paragraphs stays.
  assert.deepEqual(messages.map(span), [`9:${last('harbour').length + 1}-11:${TEMPLATE.length + 1}`])
  const chapters = topics.map((topic, index) => `Chapter ${index + 1}\n\n${body(topic)}\n\n${more(topic)}\n`)
  assert.deepEqual(lintDocument(chapters[0], onlyRule(RULE), {corpus: corpusOf(chapters)}).messages, [])
})
