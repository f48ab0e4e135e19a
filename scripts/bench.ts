/**
 * `npm run bench`: throughput of the default rule set against a bare
 * retext-english parse of the same clean input (Brown corpus text), in one
 * run, plus a single 10 MB document to show lint time stays linear.
 *
 *   --size MB        total input (default 10)
 *   --whole-parse    also time a bare parse of the single document in one
 *                    piece (quadratic: minutes for 10 MB)
 *   --corpus-size MB `scrapelint corpus` section: input size (default 50; 0: skip)
 *
 * Speed targets live here, never in unit tests.
 */
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {createSetup} from '../src/config/setup.js'
import {lintDocument} from '../src/engine/lint.js'
import {brownChunks} from './lib/brown.js'
import {sections} from './bench/index.js'

const {values} = parseArgs({options: {size: {type: 'string'}, 'whole-parse': {type: 'boolean'}, 'corpus-size': {type: 'string'}}})
const totalSize = Number(values.size ?? 10) * 1_000_000
const CHUNK = 5_000

const chunks = brownChunks(CHUNK, totalSize)
const bytes = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0)
const setup = createSetup()
const parser = unified().use(retextEnglish).freeze()

function time(run: () => void): number {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

function mbps(size: number, seconds: number): string {
  return (size / 1e6 / seconds).toFixed(2) + ' MB/s'
}

/** Best of `rounds` runs, after one warm-up round on a slice. */
function best(rounds: number, run: () => void, warm: () => void): number {
  warm()
  let fastest = Infinity
  for (let round = 0; round < rounds; round++) fastest = Math.min(fastest, time(run))
  return fastest
}

process.stdout.write(`input: ${chunks.length} documents of ~${CHUNK / 1000} KB from the Brown corpus, ${(bytes / 1e6).toFixed(1)} MB\n\n`)

const warmSlice = chunks.slice(0, 50)
const parseSeconds = best(
  2,
  () => chunks.forEach((chunk) => parser.parse(chunk)),
  () => warmSlice.forEach((chunk) => parser.parse(chunk))
)
const lintSeconds = best(
  2,
  () => chunks.forEach((chunk) => lintDocument(chunk, setup)),
  () => warmSlice.forEach((chunk) => lintDocument(chunk, setup))
)
const ratio = parseSeconds / lintSeconds
process.stdout.write(`bare retext-english parse   ${mbps(bytes, parseSeconds)}  (${parseSeconds.toFixed(2)} s)\n`)
process.stdout.write(`scrapelint, default rules   ${mbps(bytes, lintSeconds)}  (${lintSeconds.toFixed(2)} s)\n`)
process.stdout.write(`relative speed              ${(ratio * 100).toFixed(0)} % of a bare parse (target >= 60 %)\n\n`)

const whole = chunks.join('\n\n')
const wholeBytes = Buffer.byteLength(whole)
const wholeSeconds = time(() => lintDocument(whole, setup))
process.stdout.write(`single ${(wholeBytes / 1e6).toFixed(1)} MB document, default rules   ${mbps(wholeBytes, wholeSeconds)}  (${wholeSeconds.toFixed(2)} s)\n`)
if (values['whole-parse']) {
  const seconds = time(() => parser.parse(whole))
  process.stdout.write(`single document, bare parse in one piece   ${mbps(wholeBytes, seconds)}  (${seconds.toFixed(2)} s)\n`)
}
process.stdout.write(`peak memory (max RSS)       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`)

for (const section of sections) {
  process.stdout.write('\n')
  await section({chunks, bytes, setup, time, mbps})
}
