#!/usr/bin/env node
// Entry point of `scrapelint-lsp`: the language server on stdio (same as `scrapelint lsp --stdio`).
import {existsSync} from 'node:fs'

const entry = new URL('../dist/src/lsp/main.js', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('scrapelint-lsp: error: not built yet; run `npm install` (or `npm run build`) in the scrapelint package\n')
  process.exit(2)
}
const {runLanguageServer} = await import(entry.href)
runLanguageServer(process.argv.slice(2))
