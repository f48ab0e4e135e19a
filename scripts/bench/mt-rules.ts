/**
 * Cost of the machine-translation rules on the bench input: each alone (the
 * first to run also pays for the shared word scan), all four together, and
 * tortured-phrase with and without the Problematic Paper Screener list — the
 * same scan with 70 entries or thousands, to show the lexicon's size costs
 * nothing measurable (one bit-table probe per word either way).
 */
import {createSetup} from '../../src/config/setup.js'
import {lintDocument} from '../../src/engine/lint.js'
import type {Severity} from '../../src/engine/types.js'
import {ruleMap} from '../../rules/index.js'
import {readDataLines} from '../../rules/lib/data-file.js'
import type {BenchContext} from './index.js'

const RULES = ['tortured-phrase', 'tortured-collocation', 'garbled-construction', 'foreign-fragment']

export function mtRules({chunks, bytes, time, mbps}: BenchContext): void {
  const allOff = Object.fromEntries([...ruleMap.keys()].map((rule) => [rule, 'off' as Severity]))
  const run = (label: string, rules: Record<string, Severity | [Severity, Record<string, unknown>]>) => {
    const setup = createSetup({rules: {...allOff, ...rules}})
    chunks.slice(0, 20).forEach((chunk) => lintDocument(chunk, setup))
    // Best of three: these runs are short, and a single one is at the mercy of the machine's noise.
    const seconds = Math.min(...[0, 1, 2].map(() => time(() => chunks.forEach((chunk) => lintDocument(chunk, setup)))))
    process.stdout.write(`  ${label.padEnd(40)} ${mbps(bytes, seconds)}  (${seconds.toFixed(2)} s)\n`)
  }
  process.stdout.write('machine-translation rules without the others (no parse; best of 3)\n')
  run('no rule (engine only)', {})
  for (const id of RULES) run(id, {[id]: 'warn'})
  run('all four', Object.fromEntries(RULES.map((id) => [id, 'warn'])))
  const screener = readDataLines('tortured-phrases.tsv').length
  const news = readDataLines('tortured-phrases-news.tsv').length
  run(`tortured-phrase, news list (${news})`, {'tortured-phrase': ['warn', {screener: false}]})
  run(`tortured-phrase, + screener (${news + screener})`, {'tortured-phrase': 'warn'})
}
