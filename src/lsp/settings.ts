/**
 * The `scrapelint` settings section an editor sends through
 * `workspace/configuration`, read leniently: a bad value falls back to its
 * default and is reported once, never crashing the server.
 */
import type {RuleSettings} from '../engine/types.js'

export interface ServerSettings {
  /** Lint at all. */
  enable: boolean
  /** Rule overrides on top of the project's configuration. */
  rules: RuleSettings
  /** Documents larger than this (in UTF-8 bytes) are not checked; one information diagnostic says so. */
  maxFileSize: number
}

export const DEFAULT_SETTINGS: ServerSettings = {enable: true, rules: {}, maxFileSize: 2 * 1024 * 1024}

export function readSettings(raw: unknown, warn: (message: string) => void): ServerSettings {
  const settings = {...DEFAULT_SETTINGS, rules: {}}
  if (raw === null || raw === undefined) return settings
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('scrapelint settings must be an object; using defaults')
    return settings
  }
  const value = raw as Record<string, unknown>
  if ('enable' in value) {
    if (typeof value.enable === 'boolean') settings.enable = value.enable
    else warn('scrapelint.enable must be true or false')
  }
  if ('maxFileSize' in value) {
    if (typeof value.maxFileSize === 'number' && value.maxFileSize > 0) settings.maxFileSize = value.maxFileSize
    else warn('scrapelint.maxFileSize must be a positive number of bytes')
  }
  if ('rules' in value) {
    if (value.rules && typeof value.rules === 'object' && !Array.isArray(value.rules)) settings.rules = value.rules as RuleSettings
    else warn('scrapelint.rules must be an object of rule settings')
  }
  return settings
}
