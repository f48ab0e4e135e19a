/**
 * Every rule's documentation page is also its example-driven test (as in
 * remark-lint): `wrong` blocks must produce exactly the listed `messages`
 * and fix to the `fixed` (safe fixes) or `suggested` (with --unsafe) text;
 * `right` blocks must produce nothing. `⟨U+00A0⟩` writes an invisible
 * character visibly.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {fixDocument} from '../src/engine/fix.js'
import {lintDocument} from '../src/engine/lint.js'
import type {DocFormat} from '../src/engine/doc.js'
import {packageRoot} from '../src/util/package.js'
import {rules} from '../rules/index.js'
import {onlyRule, span} from './helpers.js'

interface Example {
  kind: 'wrong' | 'right'
  format: DocFormat
  text: string
  messages?: string[]
  fixed?: string
  suggested?: string
}

const FENCE = /^```(text|markdown) (wrong|right|messages|fixed|suggested)\n([\s\S]*?)^```$/gm

function decode(text: string): string {
  return text.replace(/⟨U\+([0-9A-F]{4,6})⟩/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
}

export function parseExamples(markdown: string): Example[] {
  const examples: Example[] = []
  for (const match of markdown.matchAll(FENCE)) {
    const [, language, role, body] = match
    const text = decode(body.replace(/\n$/, ''))
    if (role === 'wrong' || role === 'right') {
      examples.push({kind: role, format: language === 'markdown' ? 'markdown' : 'text', text})
    } else {
      const current = examples.at(-1)
      assert.ok(current && current.kind === 'wrong', `a \`${role}\` block must follow a \`wrong\` block`)
      if (role === 'messages') current.messages = text.split('\n').filter(Boolean)
      else current[role as 'fixed' | 'suggested'] = text
    }
  }
  return examples
}

for (const rule of rules) {
  const id = rule.meta.id
  test(`docs/rules/${id}.md: examples hold`, () => {
    const file = `${packageRoot}docs/rules/${id}.md`
    assert.ok(existsSync(file), `missing documentation page docs/rules/${id}.md`)
    const markdown = readFileSync(file, 'utf8')
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
      const {messages, failures} = lintDocument(example.text, setup, {format: example.format})
      assert.deepEqual(failures, [])
      const listed = messages.map((message) => `${span(message)} ${message.reason}`)
      if (example.kind === 'right') {
        assert.deepEqual(listed, [], `right example should be clean: ${JSON.stringify(example.text)}`)
        continue
      }
      assert.ok(example.messages, 'a wrong example lists its messages')
      assert.deepEqual(listed, example.messages, `messages for ${JSON.stringify(example.text)}`)
      if (example.fixed !== undefined) {
        assert.equal(fixDocument(example.text, setup, {format: example.format}).output, example.fixed)
      }
      if (example.suggested !== undefined) {
        assert.equal(fixDocument(example.text, setup, {format: example.format, unsafe: true}).output, example.suggested)
      }
    }
  })
}
