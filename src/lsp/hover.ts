/** Hover on a finding: the rule's description and a wrong/right example from its docs. */
import type {Hover, MarkupContent} from 'vscode-languageserver'
import {parseExamples, readRuleDoc} from '../docs/examples.js'
import type {RuleMeta, ScrapelintMessage} from '../engine/types.js'

const examplesCache = new Map<string, string>()

function examplesOf(id: string): string {
  let text = examplesCache.get(id)
  if (text === undefined) {
    text = ''
    const markdown = readRuleDoc(id)
    if (markdown) {
      const examples = parseExamples(markdown)
      const wrong = examples.find((example) => example.kind === 'wrong')
      const right = examples.find((example) => example.kind === 'right')
      const fence = (body: string) => '```text\n' + body + '\n```'
      if (wrong) text += '\n\nWrong:\n' + fence(wrong.text) + (wrong.fixed ?? wrong.suggested ? '\n\nFixed:\n' + fence((wrong.fixed ?? wrong.suggested)!) : '')
      if (right) text += '\n\nRight:\n' + fence(right.text)
    }
    examplesCache.set(id, text)
  }
  return text
}

export function hoverFor(messages: readonly ScrapelintMessage[], metaOf: (id: string) => RuleMeta | undefined): Hover | undefined {
  if (messages.length === 0) return undefined
  const parts = messages.map((message) => {
    const meta = metaOf(message.ruleId)
    const head = `**${message.reason}** — [${message.ruleId}](${message.url})`
    return meta ? `${head}\n\n${meta.description}.${examplesOf(meta.id)}` : head
  })
  const contents: MarkupContent = {kind: 'markdown', value: parts.join('\n\n---\n\n')}
  return {contents}
}
