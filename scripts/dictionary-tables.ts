/**
 * A build step: for each Hunspell dictionary, the table of words and flags
 * that `rules/lib/dictionary.ts` reads instead of having nspell expand the
 * dictionary's affixes in every process (see there). Named by the package's
 * version and its files' sizes, so an updated package is never answered from
 * an old table.
 * Also the part-of-speech lexicon as sorted lines (`rules/lib/pos-tagger.ts`),
 * named by the `pos` package's version and the lexicon's size.
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {buildTable, dictionaryFiles, DICTIONARIES, serialiseTable, TABLE_DIRECTORY, tableFile} from '../rules/lib/dictionary.js'
import {lexiconTableFile, serialiseLexicon} from '../rules/lib/pos-tagger.js'
import {packageRoot} from '../src/util/package.js'

rmSync(TABLE_DIRECTORY, {recursive: true, force: true})
mkdirSync(TABLE_DIRECTORY, {recursive: true})
for (const name of DICTIONARIES) {
  const files = dictionaryFiles(name)
  const table = buildTable(files)
  const file = tableFile(name)
  writeFileSync(file, serialiseTable(table))
  process.stdout.write(`dictionary table: ${path.relative(packageRoot, file)} (${table.words.size} words)\n`)
}

const lexiconFile = lexiconTableFile()
const lexicon = serialiseLexicon()
writeFileSync(lexiconFile, lexicon)
process.stdout.write(`part-of-speech table: ${path.relative(packageRoot, lexiconFile)} (${lexicon.split('\n').length - 1} words)\n`)
