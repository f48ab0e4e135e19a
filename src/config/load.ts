/**
 * Reading one configuration file, whatever its kind, into plain data.
 * JavaScript configs are imported, so loading is asynchronous.
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {stripBom} from '../engine/lint.js'
import {ConfigError} from './setup.js'
import {importModule} from '../util/import-module.js'

/** Config file names looked for in each directory, first match wins. */
export const CONFIG_FILES = ['scrapelint.config.js', 'scrapelint.config.mjs', '.scrapelintrc.json', '.scrapelintrc.yaml', '.scrapelintrc.yml', 'package.json'] as const

export type ConfigKind = 'js' | 'json' | 'yaml' | 'package'

export function configKind(file: string): ConfigKind {
  const base = path.basename(file)
  if (base === 'package.json') return 'package'
  if (/\.(c|m)?js$/.test(base)) return 'js'
  if (/\.ya?ml$/.test(base)) return 'yaml'
  return 'json'
}

/**
 * The configuration data in `file`, or `undefined` for a `package.json`
 * without a `"scrapelint"` field (it is not a config file then). `where` names
 * the file in errors.
 */
export async function readConfigFile(file: string, where: string): Promise<unknown> {
  const kind = configKind(file)
  if (kind === 'js') return importConfig(file, where)
  let text: string
  try {
    // A byte-order mark is not JSON or YAML: editors on Windows write one.
    text = stripBom(await fs.readFile(file, 'utf8')).text
  } catch (error) {
    throw new ConfigError(`${where}: cannot read: ${(error as Error).message}`)
  }
  if (kind === 'yaml') {
    // Loaded on demand: most runs never read YAML, and start-up time matters for hooks.
    const {parse: parseYaml} = await importModule<typeof import('yaml')>('yaml')
    try {
      // An empty YAML file is an empty configuration.
      return parseYaml(text) ?? {}
    } catch (error) {
      // yaml's message ends in a colon before a code excerpt; the position is enough on one line.
      throw new ConfigError(`${where}: invalid YAML: ${firstLine(error).replace(/:\s*$/, '')}`)
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${where}: invalid JSON: ${withLineAndColumn(firstLine(error), text)}`)
  }
  if (kind === 'package') return typeof data === 'object' && data !== null ? (data as Record<string, unknown>).scrapelint : undefined
  return data
}

async function importConfig(file: string, where: string): Promise<unknown> {
  // The modification time in the URL makes a changed file load anew (editors reload configs).
  const stat = await fs.stat(file)
  const url = `${pathToFileURL(file).href}?mtime=${stat.mtimeMs}`
  let module: {default?: unknown}
  try {
    module = await importModule<{default?: unknown}>(url)
  } catch (error) {
    throw new ConfigError(`${where}: cannot load: ${firstLine(error)}`)
  }
  if (module.default === undefined) throw new ConfigError(`${where}: export the configuration as the default export (export default {…} or module.exports = {…})`)
  return module.default
}

/** V8 names a JSON error's place by character offset; an editor wants line and column. */
function withLineAndColumn(message: string, text: string): string {
  return message.replace(/\bat position (\d+)(?: \(line \d+ column \d+\))?/, (_match, position: string) => {
    const before = text.slice(0, Number(position))
    const line = before.split('\n').length
    return `at line ${line}, column ${Number(position) - before.lastIndexOf('\n')}`
  })
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]
}
