/**
 * Reading a rule's documentation page: its `wrong`/`right` example blocks.
 * The docs tests run them; editor hovers show them.
 *
 * Blocks are fenced with an info string of a syntax and a role:
 * ```` ```text wrong ```` (or `markdown wrong`), then optionally
 * `messages` (one `L:C-L:C reason` per line), `fixed` (after safe fixes) and
 * `suggested` (after `--fix --unsafe`); ```` ```text right ```` for clean text.
 * A `corpus` block after an example holds the other files linted with it
 * (separated by lines of `---`), for rules that compare files.
 * `⟨U+00A0⟩` writes an invisible character visibly.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {DocFormat} from '../engine/doc.js'
import {packageRoot} from '../util/package.js'

export interface Example {
  kind: 'wrong' | 'right'
  format: DocFormat
  text: string
  messages?: string[]
  fixed?: string
  suggested?: string
  /** Other files linted together with this one (see `CorpusContext`). */
  corpus?: string[]
}

const FENCE = /^```(text|markdown) (wrong|right|messages|fixed|suggested|corpus)\n([\s\S]*?)^```$/gm

export function decodeEscapes(text: string): string {
  return text.replace(/⟨U\+([0-9A-F]{4,6})⟩/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
}

export function parseExamples(markdown: string): Example[] {
  const examples: Example[] = []
  for (const match of markdown.matchAll(FENCE)) {
    const [, language, role, body] = match
    const text = decodeEscapes(body.replace(/\n$/, ''))
    if (role === 'wrong' || role === 'right') {
      examples.push({kind: role, format: language === 'markdown' ? 'markdown' : 'text', text})
      continue
    }
    const current = examples.at(-1)
    if (role === 'corpus' && current) {
      current.corpus = text.split(/^---$/m).map((file) => file.replace(/^\n/, ''))
      continue
    }
    if (!current || current.kind !== 'wrong') throw new Error(`a \`${role}\` block must follow a \`wrong\` block`)
    if (role === 'messages') current.messages = text.split('\n').filter(Boolean)
    else current[role as 'fixed' | 'suggested'] = text
  }
  return examples
}

export function ruleDocPath(id: string): string {
  return path.join(packageRoot, 'docs', 'rules', `${id}.md`)
}

/** The rule's documentation page, or `undefined` if it is missing. */
export function readRuleDoc(id: string): string | undefined {
  const file = ruleDocPath(id)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}
