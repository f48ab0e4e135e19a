#!/usr/bin/env node
// Entry point of the `scrapelint` command; the CLI itself is compiled from src/cli/.
import {existsSync} from 'node:fs'

const entry = new URL('../dist/src/cli/main.js', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('scrapelint: error: not built yet; run `npm install` (or `npm run build`) in the scrapelint package\n')
  process.exit(2)
}
const {main} = await import(entry.href)
process.exitCode = await main(process.argv.slice(2))
