/**
 * Output formats by name, for `--format`. Each is loaded when asked for, so
 * a run pays only for the reporter it prints with.
 */
import type {Formatter} from './types.js'

const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  compact: async () => (await import('./compact.js')).compact,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  diff: async () => (await import('./diff.js')).diff
}

export const FORMAT_NAMES: readonly string[] = Object.keys(loaders)

export function loadFormatter(name: string): Promise<Formatter> {
  const load = loaders[name]
  if (!load) throw new Error(`unknown format ${name}`)
  return load()
}

export type {FileResult, Formatter, ReportContext} from './types.js'
