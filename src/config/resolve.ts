/**
 * One configuration resolution for every surface (CLI, language server, git
 * hook): which config file applies to a file, what it extends, which of its
 * overrides match, whether the file is ignored — and the `LintSetup` to lint
 * it with.
 *
 * Precedence, lowest first: each rule's default; the nearest config file
 * (its `extends` in order, then its own keys); its `overrides` whose globs
 * match the file, in order; `--rule` flags (`cliRules`). The nearest config
 * file wins on its own: configs in parent directories are not merged (extend
 * one explicitly with `"extends": "../.scrapelintrc.json"`).
 *
 * Config files, ignore files and setups are cached; `clearConfigCache`
 * forgets everything (an editor calls it when files change).
 */
import path from 'node:path'
import picomatch from 'picomatch'
import type {LintSetup} from '../engine/lint.js'
import type {Rule} from '../engine/rule.js'
import type {RuleSettings, Severity} from '../engine/types.js'
import {packageVersion} from '../util/package.js'
import {display, relativeInside} from '../util/paths.js'
import {didYouMean} from '../util/suggest.js'
import {clearDiscoveryCache, findConfigFile, findIgnoreFiles} from './discover.js'
import {ignoreSet, isIgnored, readIgnoreFile, type IgnoreSet} from './ignore.js'
import {readConfigFile} from './load.js'
import {loadPlugin} from './plugins.js'
import {isPreset, PRESET_NAMES, presetRules, type PresetName} from './presets.js'
import {validateConfig} from './schema.js'
import {ConfigError, createSetup, knownRules, parseRuleSetting, pluginRule, type PluginSpec, type RuleState} from './setup.js'

export interface ResolveOptions {
  /** Directory relative paths are resolved against (default: `process.cwd()`). */
  cwd?: string
  /** Use this config file instead of discovering one (`--config`). */
  configPath?: string
  /** Use no config file at all (`--no-config`); ignore files still apply. */
  noConfig?: boolean
  /** Rule settings that win over every config (`--rule`). */
  cliRules?: RuleSettings
  /** More ignore patterns, relative to `cwd` (`--ignore-pattern`). */
  ignorePatterns?: readonly string[]
  /** Report unused disable directives and unknown rule ids in directives. */
  reportUnusedDirectives?: boolean
  /** A preset under everything else: the config file and `cliRules` are applied over it (`scrapelint corpus --preset`). */
  preset?: PresetName
}

export interface ResolvedConfig {
  /** Absolute path of the file the configuration is for. */
  filePath: string
  /** The config file in effect, if any, and the files it extends (this one last). */
  configFile?: string
  configFiles: string[]
  /** Presets applied through `extends`, in order (`recommended` is the default when none is). */
  presets: string[]
  /** Whether an ignore file or pattern excludes the file. */
  ignored: boolean
  /** What the engine runs. */
  setup: LintSetup
  /** Every rule (built-in and plugin) with its effective severity and options. */
  rules: Record<string, [Severity, Record<string, unknown>]>
  /** Ids of the plugin rules. */
  plugins: string[]
  allow: string[]
  /** From the config file; a `--max-file-size` flag wins over it. */
  maxFileSize?: number
  /** Changes whenever something that can change the findings changes: for result caches. */
  fingerprint: string
}

interface Override {
  matches(file: string): boolean
  rules: Map<string, RuleState>
  allow: string[]
}

/** A config file with its `extends` applied and its plugins loaded. */
interface LoadedConfig {
  files: string[]
  /** Presets applied, in order. */
  presets: string[]
  rules: Map<string, RuleState>
  plugins: PluginSpec[]
  allow: string[]
  ignore: IgnoreSet[]
  overrides: Override[]
  maxFileSize?: number
}

const NO_CONFIG: LoadedConfig = {files: [], presets: [], rules: new Map(), plugins: [], allow: [], ignore: [], overrides: []}

const loaded = new Map<string, Promise<LoadedConfig>>()
const ignoreFiles = new Map<string, Promise<IgnoreSet>>()
const setups = new Map<string, BuiltSetup>()

export function clearConfigCache(): void {
  loaded.clear()
  ignoreFiles.clear()
  setups.clear()
  clearDiscoveryCache()
}

/** The configuration for linting `filePath` (which need not exist: stdin, unsaved editor buffers). */
export async function resolveConfigForFile(filePath: string, options: ResolveOptions = {}): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd()
  const absolute = path.resolve(cwd, filePath)
  const directory = path.dirname(absolute)
  const configFile = options.noConfig ? undefined : options.configPath ? path.resolve(cwd, options.configPath) : await findConfigFile(directory)
  const config = configFile ? await loadConfig(configFile, cwd, []) : NO_CONFIG

  const ignoreSets = [...config.ignore]
  for (const file of await findIgnoreFiles(directory)) ignoreSets.push(await cached(ignoreFiles, file, () => readIgnoreFile(file, display(file, cwd))))
  if (options.ignorePatterns && options.ignorePatterns.length > 0) ignoreSets.push(ignoreSet(cwd, options.ignorePatterns))

  // Positions in the config's own list (extended files' overrides first) identify the combination.
  const positions = config.overrides.flatMap((override, position) => (override.matches(absolute) ? [position] : []))
  const matched = positions.map((position) => config.overrides[position])
  const rules = new Map(options.preset ? presetStates(options.preset) : [])
  mergeRules(rules, config.rules)
  for (const override of matched) mergeRules(rules, override.rules)
  const allow = [...new Set([...config.allow, ...matched.flatMap((override) => override.allow)])]

  const key = JSON.stringify([configFile ?? '', positions, options.cliRules ?? {}, Boolean(options.reportUnusedDirectives), options.preset ?? ''])
  let built = setups.get(key)
  if (!built) {
    built = buildSetup(config, rules, allow, options, configFile ? display(configFile, cwd) : 'options')
    setups.set(key, built)
  }
  const resolved: ResolvedConfig = {
    filePath: absolute,
    configFiles: config.files,
    presets: options.preset ? [options.preset, ...config.presets] : config.presets,
    ignored: isIgnored(ignoreSets, absolute),
    setup: built.setup,
    rules: built.rules,
    plugins: config.plugins.map((spec) => spec.id!),
    allow,
    fingerprint: built.fingerprint
  }
  if (configFile) resolved.configFile = configFile
  if (config.maxFileSize !== undefined) resolved.maxFileSize = config.maxFileSize
  return resolved
}

interface BuiltSetup {
  setup: LintSetup
  rules: ResolvedConfig['rules']
  fingerprint: string
}

/** The setup for one combination of config, matching overrides and flags, with its effective rules and fingerprint. */
function buildSetup(config: LoadedConfig, rules: ReadonlyMap<string, RuleState>, allow: string[], options: ResolveOptions, where: string): BuiltSetup {
  const settings: RuleSettings = {}
  for (const [id, state] of rules) settings[id] = [state.severity, state.options]
  let setup = createSetup({rules: settings, plugins: config.plugins, allow, reportUnusedDirectives: options.reportUnusedDirectives}, where)
  if (options.cliRules) setup = applyCliRules(setup, options.cliRules)
  const effective: ResolvedConfig['rules'] = {}
  for (const entry of setup.rules) effective[entry.rule.meta.id] = [entry.severity, entry.options]
  const fingerprint = JSON.stringify({
    version: packageVersion(),
    rules: effective,
    plugins: config.plugins.map((spec) => [spec.id, spec.options ?? null, spec.category ?? null]),
    allow,
    directives: Boolean(setup.reportUnusedDirectives)
  })
  return {setup, rules: effective, fingerprint}
}

/** `--rule` flags win over everything, including severities set for plugin rules. */
function applyCliRules(setup: LintSetup, cliRules: RuleSettings): LintSetup {
  const known = new Map(setup.rules.map((entry) => [entry.rule.meta.id, entry.rule] as [string, Rule<any>]))
  const states = new Map(Object.entries(cliRules).map(([id, setting]) => [id, parseRuleSetting(id, setting, 'rule overrides', known)]))
  return {
    ...setup,
    rules: setup.rules.map((entry) => {
      const state = states.get(entry.rule.meta.id)
      return state ? {...entry, severity: state.severity, options: {...entry.options, ...state.options}} : entry
    })
  }
}

/**
 * A config file, loaded once per file as the config in effect. Files it
 * extends are read within its own load (never from the shared cache), so a
 * circular `extends` is an error, never a wait on itself.
 */
async function loadConfig(file: string, cwd: string, stack: readonly string[]): Promise<LoadedConfig> {
  if (stack.includes(file)) {
    throw new ConfigError(`${display(stack[0], cwd)}: extends: circular: ${[...stack, file].map((item) => display(item, cwd)).join(' → ')}`)
  }
  if (stack.length > 0) return readConfig(file, cwd, [...stack, file])
  return cached(loaded, file, () => readConfig(file, cwd, [file]))
}

async function readConfig(file: string, cwd: string, stack: readonly string[]): Promise<LoadedConfig> {
  const where = display(file, cwd)
  const raw = await readConfigFile(file, where)
  if (raw === undefined) throw new ConfigError(`${where}: no "scrapelint" field in this package.json`)
  const data = validateConfig(raw, where)
  const base = path.dirname(file)

  // What the file extends, in order; its own keys come last and win.
  const layers: LoadedConfig[] = []
  for (const name of data.extends) {
    if (isPreset(name)) {
      layers.push({...NO_CONFIG, presets: [name], rules: presetStates(name)})
    } else if (name.startsWith('.') || path.isAbsolute(name)) {
      layers.push(await loadConfig(path.resolve(base, name), cwd, stack))
    } else {
      throw new ConfigError(`${where}: extends: unknown preset "${name}"${didYouMean(name, PRESET_NAMES)}; presets are ${PRESET_NAMES.join(', ')}, or give a path such as "./base.json"`)
    }
  }

  const ownPlugins: PluginSpec[] = []
  for (const entry of data.plugins) ownPlugins.push(await loadPlugin(entry, base, where))
  const plugins = [...layers.flatMap((layer) => layer.plugins), ...ownPlugins]
  const known = knownRules(
    plugins.map((spec) => pluginRule(spec, where)),
    where
  )

  const config: LoadedConfig = {
    files: [...new Set([...layers.flatMap((layer) => layer.files), file])],
    presets: layers.flatMap((layer) => layer.presets),
    rules: new Map(),
    plugins,
    allow: layers.flatMap((layer) => layer.allow),
    ignore: layers.flatMap((layer) => layer.ignore),
    overrides: layers.flatMap((layer) => layer.overrides)
  }
  for (const layer of layers) {
    mergeRules(config.rules, layer.rules)
    if (layer.maxFileSize !== undefined) config.maxFileSize = layer.maxFileSize
  }
  mergeRules(config.rules, parseRules(data.rules, `${where}: rules`, known))
  config.allow.push(...data.allow)
  if (data.ignorePatterns.length > 0) config.ignore.push(ignoreSet(base, data.ignorePatterns))
  if (data.maxFileSize !== undefined) config.maxFileSize = data.maxFileSize
  for (const [index, override] of data.overrides.entries()) {
    const files = globMatcher(override.files)
    const excluded = override.excludedFiles.length > 0 ? globMatcher(override.excludedFiles) : () => false
    config.overrides.push({
      matches(target) {
        const relative = relativeInside(base, target)
        return relative !== undefined && files(relative) && !excluded(relative)
      },
      rules: parseRules(override.rules, `${where}: overrides[${index}].rules`, known),
      allow: override.allow
    })
  }
  return config
}

function presetStates(name: PresetName): Map<string, RuleState> {
  return new Map(Object.entries(presetRules(name)).map(([id, severity]) => [id, {severity, options: {}}]))
}

/** Globs relative to the config file's directory; one without a slash matches the file name at any depth (`*.md`). */
function globMatcher(patterns: readonly string[]): (file: string) => boolean {
  return picomatch(
    patterns.map((pattern) => (pattern.includes('/') ? pattern.replace(/^\.\//, '') : '**/' + pattern)),
    {dot: true}
  )
}

function parseRules(settings: RuleSettings, where: string, known: ReadonlyMap<string, Rule<any>>): Map<string, RuleState> {
  return new Map(Object.entries(settings).map(([id, setting]) => [id, parseRuleSetting(id, setting, where, known)]))
}

/** Later settings win; options given later are merged over earlier ones. */
function mergeRules(target: Map<string, RuleState>, source: ReadonlyMap<string, RuleState>): void {
  for (const [id, state] of source) {
    const previous = target.get(id)
    target.set(id, {severity: state.severity, options: {...previous?.options, ...state.options}})
  }
}

async function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key)
  if (!promise) {
    promise = load()
    cache.set(key, promise)
  }
  return promise
}
