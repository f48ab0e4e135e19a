/**
 * Cost of the machine-translation rules: each alone against the same input,
 * so the lexicon look-ups (8,000 tortured phrases, ~40,000 swapped
 * collocations) show as what they add to a scan without a parse.
 */
import {createSetup} from '../../src/config/setup.js'
import {lintDocument} from '../../src/engine/lint.js'
import {ruleMap} from '../../rules/index.js'
import type {BenchContext} from './index.js'

const RULES = ['tortured-phrase', 'tortured-collocation', 'garbled-construction', 'foreign-fragment']

export function mtRules({chunks, bytes, time, mbps}: BenchContext): void {
  process.stdout.write('machine-translation rules, each alone (document rules need no parse; foreign-fragment parses)\n')
  for (const id of RULES) {
    const setup = createSetup({rules: {...Object.fromEntries([...ruleMap.keys()].map((rule) => [rule, 'off'])), [id]: 'warn'}})
    chunks.slice(0, 20).forEach((chunk) => lintDocument(chunk, setup))
    const seconds = time(() => chunks.forEach((chunk) => lintDocument(chunk, setup)))
    process.stdout.write(`  ${id.padEnd(22)} ${mbps(bytes, seconds)}  (${seconds.toFixed(2)} s)\n`)
  }
}

