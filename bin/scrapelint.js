#!/usr/bin/env node
// Entry point of the `scrapelint` command; the CLI itself is compiled from src/cli/ (launch.ts picks the
// bundled build when there is one, see there).
import {existsSync} from 'node:fs'

const entry = new URL('../dist/src/cli/launch.js', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('scrapelint: error: not built yet; run `npm install` (or `npm run build`) in the scrapelint package\n')
  process.exit(2)
}
const {launch} = await import(entry.href)
process.exitCode = await launch(process.argv.slice(2))
