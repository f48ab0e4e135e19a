/**
 * Library API: `lint(text)` and `fix(text)` over the same engine the CLI uses.
 */
import {createSetup, type SetupOptions} from './config/setup.js'
import type {DocFormat} from './engine/doc.js'
import {fixDocument, type AppliedFix} from './engine/fix.js'
import {lintDocument, restoreBom, stripBom, type LintSetup} from './engine/lint.js'
import type {RuleFailure} from './engine/scan.js'
import type {ScrapelintMessage} from './engine/types.js'

export interface LintOptions extends SetupOptions {
  /** File name, used in messages and to tell Markdown from plain text. */
  filePath?: string
  /** Overrides the format guessed from `filePath`. */
  format?: DocFormat
}

export interface FixOptions extends LintOptions {
  /** Also apply the first suggestion of findings that only have a suggestion. */
  unsafe?: boolean
}

export interface FixOutput {
  /** The fixed text (a leading BOM is kept). */
  output: string
  /** Every fix applied, in order; ranges refer to the text of their pass. */
  applied: AppliedFix[]
  /** What a lint of `output` still reports. */
  remaining: ScrapelintMessage[]
}

/** Thrown when a rule crashes; the other rules' messages are attached. */
export class RuleCrashError extends Error {
  override name = 'RuleCrashError'
  constructor(
    readonly failures: RuleFailure[],
    readonly messages: ScrapelintMessage[]
  ) {
    super(failures.map((failure) => `rule ${failure.ruleId} crashed: ${failure.error.message}`).join('; '))
  }
}

const defaultSetup = createSetup()
const setups = new WeakMap<LintOptions, LintSetup>()

function setupFor(options: LintOptions | undefined): LintSetup {
  if (!options || (!options.rules && !options.plugins && !options.allow && !options.reportUnusedDirectives)) return defaultSetup
  let setup = setups.get(options)
  if (!setup) {
    setup = createSetup(options)
    setups.set(options, setup)
  }
  return setup
}

/**
 * Lint `text`. Positions and ranges refer to `text` without a leading BOM.
 * Messages are sorted by position.
 */
export function lint(text: string, options?: LintOptions): ScrapelintMessage[] {
  const result = lintDocument(stripBom(text).text, setupFor(options), {path: options?.filePath, format: options?.format})
  if (result.failures.length > 0) throw new RuleCrashError(result.failures, result.messages)
  return result.messages
}

/** Apply safe fixes (and with `unsafe`, first suggestions) until stable. */
export function fix(text: string, options?: FixOptions): FixOutput {
  const {text: body, bom} = stripBom(text)
  const result = fixDocument(body, setupFor(options), {path: options?.filePath, format: options?.format, unsafe: options?.unsafe})
  if (result.failures.length > 0) throw new RuleCrashError(result.failures, result.remaining)
  return {output: restoreBom(result.output, bom), applied: result.applied, remaining: result.remaining}
}

export {rules, ruleMap} from '../rules/index.js'
export {defineRule, DOCS_BASE, type Rule, type RuleDefinition} from './engine/rule.js'
export {retextRule} from './engine/retext-plugin.js'
export {ConfigError, type PluginSpec} from './config/setup.js'
export {resolveConfigForFile, clearConfigCache, type ResolveOptions, type ResolvedConfig} from './config/resolve.js'
export {planDisableRule, disableRuleInProject, type ConfigEdit, type DisableRuleOptions} from './config/edit.js'
export {PRESET_NAMES, presetRules, type PresetName} from './config/presets.js'
export {scoreDocument, type QualityScore} from './engine/score.js'
export {documentStats, type DocumentStats} from './engine/stats.js'
export {Doc, type Block, type Line, type DocFormat} from './engine/doc.js'
// What the CLI and the language server use: lint or fix with a setup from `resolveConfigForFile`.
export {lintDocument, type LintSetup, type LintResult, type DocumentOptions} from './engine/lint.js'
export {fixDocument, type FixResult, type FixOptions as FixDocumentOptions} from './engine/fix.js'
export type {AppliedFix} from './engine/fix.js'
export type {RuleFailure} from './engine/scan.js'
export * from './engine/types.js'
