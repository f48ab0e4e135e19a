/**
 * `npm run eval -- collocations`: recall and precision of
 * `tortured-collocation` on the hand-written test set (synonym-swapped
 * expressions that are not in the tortured-phrase lexicon).
 */
import {parseArgs} from 'node:util'
import {createSetup} from '../../src/config/setup.js'
import {lintDocument} from '../../src/engine/lint.js'
import {collocationCases} from './collocation-cases.js'

export function collocations(args: string[]): void {
  const {values} = parseArgs({args, options: {show: {type: 'boolean'}}})
  const only = (id: string) => createSetup({rules: {'tortured-collocation': 'off', 'tortured-phrase': 'off', [id]: 'warn'}})
  const detector = only('tortured-collocation')
  const lexicon = only('tortured-phrase')
  let found = 0
  let right = 0
  let falseAlarms = 0
  let inLexicon = 0
  const cases = collocationCases()
  for (const item of cases) {
    const at = item.damaged.indexOf(item.swapped)
    const span = (range: [number, number]) => range[0] < at + item.swapped.length && at < range[1]
    if (lintDocument(item.damaged, lexicon).messages.some((message) => span(message.range))) inLexicon++
    const hit = lintDocument(item.damaged, detector).messages.find((message) => span(message.range))
    const correct = hit?.expected?.[0]?.toLowerCase() === item.original.toLowerCase()
    if (hit) found++
    if (correct) right++
    const clean = lintDocument(item.clean, detector).messages
    falseAlarms += clean.length
    if (values.show) {
      const verdict = !hit ? 'missed' : correct ? 'right ' : `wrong (${hit.expected?.[0]})`
      process.stdout.write(`${verdict}  ${item.swapped} → ${item.original}${hit ? `  confidence ${hit.data?.confidence}` : ''}\n`)
      for (const message of clean) process.stdout.write(`  false alarm on the clean sentence: ${message.reason}\n`)
    }
  }
  const pct = (count: number, of: number) => `${count}/${of} (${((count / of) * 100).toFixed(0)} %)`
  process.stdout.write(`tortured-collocation on ${cases.length} synonym-swapped expressions not in the lexicon\n`)
  process.stdout.write(`found:                       ${pct(found, cases.length)}\n`)
  process.stdout.write(`right original suggested:    ${pct(right, found)} of those found\n`)
  process.stdout.write(`findings on the clean twins: ${falseAlarms}\n`)
  process.stdout.write(`swapped forms in the lexicon: ${inLexicon} (must be 0)\n`)
}
