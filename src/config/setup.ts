/**
 * From rule settings (config files, `--rule` flags, API options) to the list
 * of active rules the engine runs. Validation errors name the setting and the
 * closest valid name.
 */
import type {Plugin} from 'unified'
import type {LintSetup} from '../engine/lint.js'
import {retextRule} from '../engine/retext-plugin.js'
import type {Rule} from '../engine/rule.js'
import type {ActiveRule} from '../engine/scan.js'
import {CATEGORIES, type Category, type RuleSetting, type RuleSettings, type Severity} from '../engine/types.js'
import {didYouMean} from '../util/suggest.js'
import {ruleMap} from '../../rules/index.js'

/** A problem in configuration or flags: reported on one line, exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const SEVERITIES: Record<string, Severity> = {off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error'}

export function parseSeverity(value: unknown, where: string): Severity {
  const severity = SEVERITIES[String(value)]
  if (severity === undefined) {
    throw new ConfigError(`${where}: invalid severity ${JSON.stringify(value)}; expected "off", "warn" or "error"${didYouMean(String(value), ['off', 'warn', 'error'])}`)
  }
  return severity
}

/** `--rule id:severity` → `[id, severity]`. */
export function parseRuleFlag(flag: string): [string, Severity] {
  // ESLint's `--rule 'id: [warn, {…}]'` and `a:off,b:off`: say what this flag takes instead of failing on the id.
  if (/[[{,]/.test(flag)) throw new ConfigError(`--rule ${flag}: expected one ID:off|warn|error per --rule; set rule options in a config file`)
  const colon = flag.lastIndexOf(':')
  if (colon <= 0) throw new ConfigError(`--rule ${flag}: expected ID:off|warn|error`)
  const id = flag.slice(0, colon).trim()
  checkRuleId(id, `--rule ${flag}`)
  return [id, parseSeverity(flag.slice(colon + 1).trim(), `--rule ${flag}`)]
}

export function checkRuleId(id: string, where: string, known: ReadonlyMap<string, Rule<any>> = ruleMap): void {
  if (!known.has(id)) throw new ConfigError(`${where}: unknown rule "${id}"${didYouMean(id, known.keys())}`)
}

/** Check options against the rule's defaults: known keys, same value types. */
export function checkRuleOptions(rule: Rule<any>, options: Record<string, unknown>, where: string): void {
  for (const [key, value] of Object.entries(options)) {
    if (!(key in rule.defaults)) {
      throw new ConfigError(`${where}: rule "${rule.meta.id}" has no option "${key}"${didYouMean(key, Object.keys(rule.defaults))}`)
    }
    const expected = rule.defaults[key]
    const sameType = Array.isArray(expected) ? Array.isArray(value) : typeof value === typeof expected
    if (!sameType) {
      throw new ConfigError(`${where}: option "${key}" of rule "${rule.meta.id}" must be ${Array.isArray(expected) ? 'an array' : 'a ' + typeof expected}`)
    }
  }
}

export interface RuleState {
  severity: Severity
  options: Record<string, unknown>
}

/** Split a setting into severity and options; `known` are the valid rule ids (built-in and plugin rules). */
export function parseRuleSetting(id: string, setting: RuleSetting | unknown, where: string, known: ReadonlyMap<string, Rule<any>> = ruleMap): RuleState {
  const rule = known.get(id)
  if (!rule) throw new ConfigError(`${where}: unknown rule "${id}"${didYouMean(id, known.keys())}`)
  if (Array.isArray(setting)) {
    if (setting.length === 0 || setting.length > 2) throw new ConfigError(`${where}: rule "${id}" expects a severity or [severity, {options}]`)
    const options = (setting[1] ?? {}) as Record<string, unknown>
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new ConfigError(`${where}: options of rule "${id}" must be an object`)
    }
    checkRuleOptions(rule, options, where)
    return {severity: parseSeverity(setting[0], `${where}: rule "${id}"`), options}
  }
  return {severity: parseSeverity(setting, `${where}: rule "${id}"`), options: {}}
}

/** A third-party retext plugin to run through the same pipeline. */
export interface PluginSpec {
  /** The plugin (an attacher function), as imported. */
  plugin: Plugin<any[], any>
  /** Options for the plugin. */
  options?: unknown
  /** Rule id its messages are reported under (default: `plugin:<function name>`). */
  id?: string
  category?: Category
  severity?: Severity
  /** Documentation link for its messages, when they carry none. */
  url?: string
}

export interface SetupOptions {
  /** Per-rule settings, applied over each rule's default; plugin rules are set by their id. */
  rules?: RuleSettings
  plugins?: PluginSpec[]
  /** Terms never flagged, whichever rule finds them (brand names, house spellings). */
  allow?: string[]
  /** Report unused disable directives and unknown rule ids in directives. */
  reportUnusedDirectives?: boolean
}

/** Active rules: every registered rule at its default severity, overridden by `rules`. */
export function createSetup(options: SetupOptions = {}, where = 'options'): LintSetup {
  const plugins = (options.plugins ?? []).map((spec) => pluginRule(spec, where))
  const known = knownRules(plugins, where)
  const overrides = new Map<string, RuleState>()
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    overrides.set(id, parseRuleSetting(id, setting, where, known))
  }
  const builtIn = [...ruleMap.values()].map((rule): ActiveRule => ({rule, severity: rule.meta.severity, options: {}}))
  const active: ActiveRule[] = []
  for (const entry of [...builtIn, ...plugins]) {
    const override = overrides.get(entry.rule.meta.id)
    active.push({
      rule: entry.rule,
      severity: override?.severity ?? entry.severity,
      options: {...entry.rule.defaults, ...entry.options, ...override?.options}
    })
  }
  const setup: LintSetup = {rules: active}
  if (options.allow && options.allow.length > 0) setup.allow = [...options.allow]
  if (options.reportUnusedDirectives) setup.reportUnusedDirectives = true
  return setup
}

/** Built-in rules and the rules of `plugins` by id; a plugin may not take a built-in rule's id. */
export function knownRules(plugins: readonly ActiveRule[], where: string): Map<string, Rule<any>> {
  const known = new Map(ruleMap)
  for (const {rule} of plugins) {
    if (known.has(rule.meta.id)) throw new ConfigError(`${where}: plugin id "${rule.meta.id}" is already taken; give the plugin another id`)
    known.set(rule.meta.id, rule)
  }
  return known
}

export function pluginRule(spec: PluginSpec, where: string): ActiveRule {
  if (typeof spec.plugin !== 'function') throw new ConfigError(`${where}: a plugin must be a function (a unified attacher)`)
  const category = spec.category ?? 'sentence'
  if (!CATEGORIES.includes(category)) {
    throw new ConfigError(`${where}: unknown category "${category}"${didYouMean(category, CATEGORIES)}`)
  }
  const id = spec.id ?? `plugin:${spec.plugin.name || 'anonymous'}`
  const rule = retextRule(spec.plugin, spec.options, {
    id,
    category,
    description: `Messages of the retext plugin ${id}`,
    // Messages that carry their own `url` keep it; this is the fallback.
    url: spec.url ?? 'https://github.com/retextjs/retext/blob/main/doc/plugins.md'
  })
  return {rule, severity: spec.severity ?? 'warn', options: {}}
}
