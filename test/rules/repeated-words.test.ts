import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans} from '../helpers.js'

const RULE = 'repeated-words'

test('a word written twice', () => {
  const [message] = assertSpans(RULE, 'It was the the end.', ['1:8-1:15'])
  assert.equal(message.reason, 'Repeated word “the”; remove one')
  assert.equal(message.ruleId, 'repeated-words')
  assert.equal(message.actual, 'the the')
  assertFixed(RULE, 'It was the the end.', 'It was the end.')
})

test('the fix keeps the first occurrence and its case', () => {
  assertFixed(RULE, 'The the report.', 'The report.')
})

test('positions in a later block of a long document', () => {
  const filler = 'A sentence of filler text.\n\n'.repeat(400)
  const messages = assertSpans(RULE, filler + 'It is is here.', ['801:4-801:9'])
  assert.deepEqual(messages[0].range, [filler.length + 3, filler.length + 8])
})

test('hyphenated words and repeats across blocks of a long document', () => {
  assertSpans(RULE, 'It is a well-known well-known fact.', ['1:9-1:30'])
  const filler = 'No repeats in this block at all.\n\n'.repeat(200)
  assertSpans(RULE, filler + 'one one', ['401:1-401:8'])
  assertClean(RULE, filler + 'one\n\none')
})

test('legitimate doubles and line breaks are fine', () => {
  assertClean(RULE, 'The exhibition they had had since spring. Duran Duran played.')
  assertClean(RULE, 'About Acme\nAcme makes tools.')
})

test('the raw-text pre-check copies the plugin’s exemptions: each listed word is one the plugin lets stand twice', async () => {
  const {unified} = await import('unified')
  const {default: retextEnglish} = await import('retext-english')
  const {default: retextRepeatedWords} = await import('retext-repeated-words')
  const {VFile} = await import('vfile')
  const {LEGAL_DOUBLES} = await import('../../rules/repeated-words.js')
  const processor = unified().use(retextEnglish).use(retextRepeatedWords)
  const reports = async (text: string) => {
    const file = new VFile(text)
    await processor.run(processor.parse(file), file)
    return file.messages.length
  }
  // Straight from the plugin: if a word leaves its list, the copy would hide its reports.
  for (const word of LEGAL_DOUBLES) assert.equal(await reports(`They said ${word} ${word} twice.`), 0, `retext-repeated-words now reports “${word} ${word}”: update LEGAL_DOUBLES`)
  assert.equal(await reports('They said them them twice.'), 1)
  assertClean(RULE, 'It had had no effect, and that that was all.')
})
