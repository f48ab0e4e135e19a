/**
 * `npm run eval -- <suite> [options]`: measure scrapelint against data.
 *
 *   clean [--show] [--rule ID]   false alarms on clean prose: the aeb-dev gold
 *                                bodies and 1 MB of the Brown corpus, per rule
 *   ftfy [--show]                the encoding rules on python-ftfy's test cases
 *
 * Other suites register themselves in `scripts/eval/`.
 */
import {suites} from './eval/index.js'

const [name, ...rest] = process.argv.slice(2)
const suite = name ? suites[name] : undefined
if (!suite) {
  process.stderr.write(`usage: npm run eval -- <${Object.keys(suites).join('|')}> [options]\n`)
  process.exit(2)
}
await suite(rest)
