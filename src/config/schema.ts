/**
 * The shape of a configuration file, checked key by key. Errors name the
 * file, the key and the closest valid name; rule ids and options are checked
 * later, once the plugins that may define more rules are loaded.
 */
import {CATEGORIES, type Category, type RuleSettings, type Severity} from '../engine/types.js'
import {parseSize} from '../util/size.js'
import {didYouMean} from '../util/suggest.js'
import {ConfigError, parseSeverity} from './setup.js'

/** A plugin as configured: a module name or path, optionally with options and how to report it. */
export interface PluginEntry {
  /** Module name or path (`./my-plugin.js`), resolved from the config file's directory. */
  name: string
  options?: unknown
  /** Rule id its messages are reported under (default: the module name). */
  id?: string
  category?: Category
  severity?: Severity
}

export interface OverrideData {
  files: string[]
  excludedFiles: string[]
  rules: RuleSettings
  allow: string[]
}

/** A configuration file after its shape is checked. */
export interface ConfigData {
  extends: string[]
  rules: RuleSettings
  plugins: PluginEntry[]
  allow: string[]
  ignorePatterns: string[]
  overrides: OverrideData[]
  maxFileSize?: number
}

export const CONFIG_KEYS = ['extends', 'rules', 'plugins', 'allow', 'ignorePatterns', 'overrides', 'maxFileSize'] as const
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'allow'] as const
const PLUGIN_KEYS = ['name', 'options', 'id', 'category', 'severity'] as const

export function validateConfig(data: unknown, where: string): ConfigData {
  const object = expectObject(data, where, 'the configuration')
  checkKeys(object, CONFIG_KEYS, where, '')
  const config: ConfigData = {
    extends: stringList(object.extends, where, 'extends'),
    rules: ruleSettings(object.rules, where, 'rules'),
    plugins: pluginList(object.plugins, where),
    allow: stringList(object.allow, where, 'allow'),
    ignorePatterns: stringList(object.ignorePatterns, where, 'ignorePatterns'),
    overrides: overrideList(object.overrides, where)
  }
  if (object.maxFileSize !== undefined) {
    const size = typeof object.maxFileSize === 'number' || typeof object.maxFileSize === 'string' ? parseSize(object.maxFileSize) : undefined
    if (size === undefined) throw new ConfigError(`${where}: maxFileSize: expected a number of bytes or a size such as "500KB" or "64MB", got ${JSON.stringify(object.maxFileSize)}`)
    config.maxFileSize = size
  }
  return config
}

function expectObject(value: unknown, where: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${where}: ${what} must be an object, got ${describe(value)}`)
  }
  return value as Record<string, unknown>
}

function checkKeys(object: Record<string, unknown>, valid: readonly string[], where: string, prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!valid.includes(key)) throw new ConfigError(`${where}: unknown key "${prefix}${key}"${didYouMean(key, valid)}; valid keys: ${valid.join(', ')}`)
  }
}

/** A string or a list of non-empty strings. */
function stringList(value: unknown, where: string, key: string): string[] {
  if (value === undefined) return []
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.length > 0)) {
    throw new ConfigError(`${where}: ${key}: expected a string or a list of non-empty strings, got ${describe(value)}`)
  }
  return list
}

function ruleSettings(value: unknown, where: string, key: string): RuleSettings {
  if (value === undefined) return {}
  return expectObject(value, where, key) as RuleSettings
}

function pluginList(value: unknown, where: string): PluginEntry[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ConfigError(`${where}: plugins: expected a list, got ${describe(value)}`)
  return value.map((item, index) => pluginEntry(item, where, `plugins[${index}]`))
}

function pluginEntry(item: unknown, where: string, key: string): PluginEntry {
  if (typeof item === 'string' && item) return {name: item}
  if (Array.isArray(item) && item.length >= 1 && item.length <= 2 && typeof item[0] === 'string' && item[0]) {
    return item.length === 2 ? {name: item[0], options: item[1]} : {name: item[0]}
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new ConfigError(`${where}: ${key}: expected a module name, [name, options] or {name, options, id, category, severity}, got ${describe(item)}`)
  }
  const object = item as Record<string, unknown>
  checkKeys(object, PLUGIN_KEYS, where, `${key}.`)
  if (typeof object.name !== 'string' || !object.name) throw new ConfigError(`${where}: ${key}.name: expected a module name or path`)
  const entry: PluginEntry = {name: object.name}
  if (object.options !== undefined) entry.options = object.options
  if (object.id !== undefined) {
    if (typeof object.id !== 'string' || !/^[a-z0-9]+([:/-][a-z0-9]+)*$/.test(object.id)) {
      throw new ConfigError(`${where}: ${key}.id: expected a kebab-case id such as "passive-voice", got ${describe(object.id)}`)
    }
    entry.id = object.id
  }
  if (object.category !== undefined) {
    if (!CATEGORIES.includes(object.category as Category)) {
      throw new ConfigError(`${where}: ${key}.category: unknown category ${describe(object.category)}${didYouMean(String(object.category), CATEGORIES)}`)
    }
    entry.category = object.category as Category
  }
  if (object.severity !== undefined) entry.severity = parseSeverity(object.severity, `${where}: ${key}.severity`)
  return entry
}

function overrideList(value: unknown, where: string): OverrideData[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ConfigError(`${where}: overrides: expected a list of {files, rules, …}, got ${describe(value)}`)
  return value.map((item, index) => {
    const key = `overrides[${index}]`
    const object = expectObject(item, where, key)
    checkKeys(object, OVERRIDE_KEYS, where, `${key}.`)
    const files = stringList(object.files, where, `${key}.files`)
    if (files.length === 0) throw new ConfigError(`${where}: ${key}.files: expected one or more glob patterns`)
    return {
      files,
      excludedFiles: stringList(object.excludedFiles, where, `${key}.excludedFiles`),
      rules: ruleSettings(object.rules, where, `${key}.rules`),
      allow: stringList(object.allow, where, `${key}.allow`)
    }
  })
}

/** A wrong value as shown in an error: itself when short, else its kind. */
function describe(value: unknown): string {
  const text = JSON.stringify(value)
  if (text !== undefined && text.length <= 40) return text
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : typeof value
}
