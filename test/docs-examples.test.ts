/**
 * Every rule's documentation page is also its example-driven test (as in
 * remark-lint): `wrong` blocks must produce exactly the listed `messages`
 * and fix to the `fixed` (safe fixes) or `suggested` (with --unsafe) text
 * (linted together with the files of a `corpus` block, when there is one);
 * `right` blocks must produce nothing. `⟨U+00A0⟩` writes an invisible
 * character visibly.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {parseExamples, readRuleDoc} from '../src/docs/examples.js'
import {CorpusBuilder} from '../src/engine/corpus.js'
import {fixDocument} from '../src/engine/fix.js'
import {lintDocument} from '../src/engine/lint.js'
import {rules} from '../rules/index.js'
import {onlyRule, span} from './helpers.js'

for (const rule of rules) {
  const id = rule.meta.id
  test(`docs/rules/${id}.md: examples hold`, () => {
    const markdown = readRuleDoc(id)
    assert.ok(markdown, `missing documentation page docs/rules/${id}.md`)
    assert.match(markdown, new RegExp(`^# ${id}\\n`), 'page starts with the rule id')
    assert.ok(
      markdown.includes(`Category: \`${rule.meta.category}\` · Fix: ${rule.meta.fix} · Default: \`${rule.meta.severity}\``),
      'metadata line matches the rule'
    )
    const examples = parseExamples(markdown)
    assert.ok(examples.some((example) => example.kind === 'wrong'), 'at least one wrong example')
    assert.ok(examples.some((example) => example.kind === 'right'), 'at least one right example')
    const setup = onlyRule(id)
    for (const example of examples) {
      const corpus = example.corpus ? corpusOf([...example.corpus, example.text]) : undefined
      const {messages, failures} = lintDocument(example.text, setup, {format: example.format, corpus})
      assert.deepEqual(failures, [])
      const listed = messages.map((message) => `${span(message)} ${message.reason}`)
      if (example.kind === 'right') {
        assert.deepEqual(listed, [], `right example should be clean: ${JSON.stringify(example.text)}`)
        continue
      }
      assert.ok(example.messages, 'a wrong example lists its messages')
      assert.deepEqual(listed, example.messages, `messages for ${JSON.stringify(example.text)}`)
      if (example.fixed !== undefined) {
        assert.equal(fixDocument(example.text, setup, {format: example.format, corpus}).output, example.fixed)
      }
      if (example.suggested !== undefined) {
        assert.equal(fixDocument(example.text, setup, {format: example.format, unsafe: true, corpus}).output, example.suggested)
      }
    }
  })
}

function corpusOf(texts: string[]) {
  const builder = new CorpusBuilder()
  for (const text of texts) builder.add(text)
  return builder.build()
}
