/**
 * "Disable rule X in this project": set the rule to `off` in the nearest
 * config file, or create `.scrapelintrc.json` at the project root. Editors
 * use `planDisableRule` to get the new text as an edit the user can undo;
 * `disableRuleInProject` writes it.
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {restoreBom, stripBom} from '../engine/lint.js'
import {writeFileAtomic} from '../io/write.js'
import {relativeInside, toPosix} from '../util/paths.js'
import {didYouMean} from '../util/suggest.js'
import {findConfigFile} from './discover.js'
import {configKind} from './load.js'
import {clearConfigCache, resolveConfigForFile} from './resolve.js'
import {ConfigError} from './setup.js'
import {importModule} from '../util/import-module.js'

export interface DisableRuleOptions {
  /** A file (or directory) of the project: the nearest config file is looked for from here upwards. */
  filePath: string
  /** The project root: a new `.scrapelintrc.json` goes here when no config file is found inside it. */
  projectRoot: string
}

export interface ConfigEdit {
  /** Absolute path of the config file. */
  file: string
  /** Its whole new text. */
  text: string
  /** Whether the file does not exist yet. */
  created: boolean
}

export const NEW_CONFIG_FILE = '.scrapelintrc.json'

export async function planDisableRule(ruleId: string, options: DisableRuleOptions): Promise<ConfigEdit> {
  const root = path.resolve(options.projectRoot)
  const target = path.resolve(root, options.filePath)
  const resolved = await resolveConfigForFile(target, {cwd: root})
  if (!(ruleId in resolved.rules)) throw new ConfigError(`unknown rule "${ruleId}"${didYouMean(ruleId, Object.keys(resolved.rules))}`)

  const start = (await fs.stat(target).catch(() => undefined))?.isDirectory() ? target : path.dirname(target)
  const nearest = await findConfigFile(start)
  if (!nearest || relativeInside(root, nearest) === undefined) {
    const file = path.join(root, NEW_CONFIG_FILE)
    // A config above the project keeps applying through `extends`: the new file must not silently drop it.
    const config = nearest ? {extends: toPosix(path.relative(root, nearest)), rules: {[ruleId]: 'off'}} : {rules: {[ruleId]: 'off'}}
    return {file, text: JSON.stringify(config, null, 2) + '\n', created: true}
  }
  const text = await fs.readFile(nearest, 'utf8')
  return {file: nearest, text: await setRuleOff(nearest, text, ruleId), created: false}
}

export async function disableRuleInProject(ruleId: string, options: DisableRuleOptions): Promise<ConfigEdit> {
  const edit = await planDisableRule(ruleId, options)
  await writeFileAtomic(edit.file, edit.text)
  clearConfigCache()
  return edit
}

/** The text of config file `file` with `rules[ruleId]` set to "off", keeping its layout. */
export async function setRuleOff(file: string, text: string, ruleId: string): Promise<string> {
  switch (configKind(file)) {
    case 'js':
      throw new ConfigError(`${file}: a JavaScript config cannot be edited automatically; add "${ruleId}": "off" to its rules`)
    case 'yaml': {
      // Loaded on demand: most runs never touch YAML, and start-up time matters for hooks.
      const {parseDocument} = await importModule<typeof import('yaml')>('yaml')
      const document = parseDocument(text)
      if (document.errors.length > 0) throw new ConfigError(`${file}: invalid YAML: ${document.errors[0].message.split('\n')[0]}`)
      document.setIn(['rules', ruleId], 'off')
      return String(document)
    }
    case 'package':
      return editJson(file, text, (data) => {
        const section = objectAt(data, 'scrapelint', file)
        objectAt(section, 'rules', file)[ruleId] = 'off'
      })
    case 'json':
      return editJson(file, text, (data) => {
        objectAt(data, 'rules', file)[ruleId] = 'off'
      })
  }
}

function editJson(file: string, original: string, change: (data: Record<string, unknown>) => void): string {
  // A byte-order mark is kept, and not handed to the JSON parser.
  const {text, bom} = stripBom(original)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${file}: invalid JSON: ${(error as Error).message.split('\n')[0]}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError(`${file}: the configuration must be an object`)
  change(data as Record<string, unknown>)
  const indent = /^[{[]\r?\n([ \t]+)\S/.exec(text)?.[1] ?? '  '
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const output = JSON.stringify(data, null, indent).replace(/\n/g, eol)
  return restoreBom(text.endsWith('\n') ? output + eol : output, bom)
}

function objectAt(data: Record<string, unknown>, key: string, file: string): Record<string, unknown> {
  const value = data[key]
  if (value === undefined) return (data[key] = {}) as Record<string, unknown>
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${file}: ${key} must be an object`)
  return value as Record<string, unknown>
}
