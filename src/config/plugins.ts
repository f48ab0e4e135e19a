/**
 * Third-party retext plugins named in a config file: resolved from that
 * file's directory (as Node would from a module there) and imported.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {PluginEntry} from './schema.js'
import {ConfigError, type PluginSpec} from './setup.js'
import {importModule} from '../util/import-module.js'

export async function loadPlugin(entry: PluginEntry, directory: string, where: string): Promise<PluginSpec> {
  const relative = entry.name.startsWith('.') || path.isAbsolute(entry.name)
  let url: string
  try {
    // Loaded on demand, like the plugins themselves.
    const {resolve: resolveModule} = await importModule<typeof import('import-meta-resolve')>('import-meta-resolve')
    url = relative ? pathToFileURL(path.resolve(directory, entry.name)).href : resolveModule(entry.name, pathToFileURL(path.join(directory, 'config.js')).href)
  } catch {
    throw new ConfigError(`${where}: plugins: cannot find "${entry.name}" from ${directory} (is it installed?)`)
  }
  let module: {default?: unknown}
  try {
    module = await importModule<{default?: unknown}>(url)
  } catch (error) {
    throw new ConfigError(`${where}: plugins: cannot load "${entry.name}": ${String((error as Error).message ?? error).split('\n')[0]}`)
  }
  const plugin = module.default
  if (typeof plugin !== 'function') throw new ConfigError(`${where}: plugins: "${entry.name}" does not export a unified plugin (a function) as default`)
  const spec: PluginSpec = {plugin: plugin as PluginSpec['plugin'], id: entry.id ?? defaultId(entry.name)}
  if (entry.options !== undefined) spec.options = entry.options
  if (entry.category) spec.category = entry.category
  if (entry.severity) spec.severity = entry.severity
  return spec
}

/** `retext-passive` → `retext-passive`; `@scope/retext-x` → `@scope/retext-x`; `./lib/my-plugin.js` → `my-plugin`. */
function defaultId(name: string): string {
  if (name.startsWith('.') || path.isAbsolute(name)) return path.basename(name).replace(/\.[cm]?js$/, '')
  return name
}
