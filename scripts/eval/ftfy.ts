/**
 * `npm run eval -- ftfy [--show]`: the encoding rules against python-ftfy's
 * test cases in ../shared/data/ftfy.
 *
 * - synthetic.json: every case must be repaired to its `fixed` text by
 *   `--fix` (safe fixes of the `encoding` rules).
 * - negative.json: no case may be changed beyond its `fixed` text, and none
 *   whose `fixed` equals its `original` may be flagged as mojibake.
 * - known-failures.json: cases ftfy itself gets wrong, for information.
 *
 * ftfy's `fixed` also straightens curly quotes and drops C0 controls (the
 * `invisible-characters` rule's business here), so both sides are compared
 * with quotes straightened and C0 controls removed. With `--fix --unsafe`
 * suggestions apply too; there a U+FFFD in ftfy's `fixed` (a character ftfy
 * could not recover) matches whatever single character the suggestion gave.
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {createSetup} from '../../src/config/setup.js'
import {fixDocument} from '../../src/engine/fix.js'
import {lintDocument} from '../../src/engine/lint.js'
import {ruleMap} from '../../rules/index.js'
import {hasShared, sharedPath} from '../lib/shared.js'

interface Case {
  label: string
  original: string
  fixed: string
  expect: 'pass' | 'fail'
}

function normalise(text: string): string {
  return text
    .replace(/[‘’‚‛ʼ]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .normalize('NFC')
}

/** Equal, with U+FFFD in `expected` standing for any one character. */
function matchesWithUnknowns(actual: string, expected: string): boolean {
  const a = Array.from(actual)
  const b = Array.from(expected)
  return a.length === b.length && a.every((char, index) => b[index] === char || b[index] === '\ufffd')
}

export function ftfy(args: string[]): void {
  const {values} = parseArgs({args, options: {show: {type: 'boolean'}}})
  if (!hasShared('data', 'ftfy', 'synthetic.json')) {
    process.stderr.write('../shared/data/ftfy not found\n')
    process.exitCode = 2
    return
  }
  const encodingRules = [...ruleMap.values()].filter((rule) => rule.meta.category === 'encoding').map((rule) => rule.meta.id)
  const setup = createSetup({rules: Object.fromEntries([...ruleMap.keys()].map((id) => [id, encodingRules.includes(id) ? 'warn' : 'off']))})
  const read = (name: string) => JSON.parse(readFileSync(sharedPath('data', 'ftfy', name), 'utf8')) as Case[]
  const show = (what: string, item: Case, output: string) => {
    if (values.show) process.stdout.write(`  ${what}: ${item.label}\n    ${JSON.stringify(item.original)} → ${JSON.stringify(output)}, want ${JSON.stringify(item.fixed)}\n`)
  }

  process.stdout.write(`encoding rules: ${encodingRules.join(', ')}\n\n`)
  for (const name of ['synthetic.json', 'known-failures.json']) {
    const cases = read(name)
    let safe = 0
    let unsafe = 0
    for (const item of cases) {
      const output = fixDocument(item.original, setup).output
      const withSuggestions = fixDocument(item.original, setup, {unsafe: true}).output
      if (normalise(output) === normalise(item.fixed)) safe++
      else show('not repaired by --fix', item, output)
      if (matchesWithUnknowns(normalise(withSuggestions), normalise(item.fixed))) unsafe++
    }
    process.stdout.write(`${name}: ${safe}/${cases.length} repaired by --fix, ${unsafe}/${cases.length} with --fix --unsafe\n`)
  }

  const negatives = read('negative.json')
  let unchanged = 0
  let flagged = 0
  for (const item of negatives) {
    const output = fixDocument(item.original, setup, {unsafe: true}).output
    if (normalise(output) === normalise(item.fixed)) unchanged++
    else show('changed', item, output)
    if (normalise(item.original) === normalise(item.fixed)) {
      const messages = lintDocument(item.original, setup).messages.filter((message) => message.ruleId === 'mojibake')
      if (messages.length > 0) {
        flagged++
        show('flagged as mojibake', item, messages.map((message) => message.reason).join('; '))
      }
    }
  }
  process.stdout.write(`negative.json: ${unchanged}/${negatives.length} left as ftfy leaves them (even with --fix --unsafe), ${flagged} flagged as mojibake\n`)
}
