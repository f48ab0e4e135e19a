/**
 * `defineRule`: one rule = metadata + option defaults + `create`, packaged as
 * a unified plugin. Inside scrapelint's pipeline the plugin registers itself
 * with the shared scan; used on its own with retext it runs on the given tree.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {Doc} from './doc.js'
import {runRules, type ActiveRule} from './scan.js'
import type {RuleContext, RuleListeners, RuleMeta} from './types.js'

/** Where rule documentation lives; every rule's `url` is built from it. */
export const DOCS_BASE = 'https://github.com/scrapelint/scrapelint/blob/main/docs/rules/'

export interface RuleDefinition<Options extends object> {
  /** `url` defaults to the rule's page under `docs/rules/`. */
  meta: Omit<RuleMeta, 'url'> & {url?: string}
  /** Every option with its default value; the keys are the valid option names. */
  defaults: Options
  create(context: RuleContext<Options>): RuleListeners
}

export type Rule<Options extends object = Record<string, unknown>> = Plugin<[Partial<Options>?], Root> & {
  readonly meta: RuleMeta
  readonly defaults: Readonly<Options>
  create(context: RuleContext<Options>): RuleListeners
}

/** Key under `file.data` where the engine's pipeline collects registered rules. */
export const SCAN_KEY = 'scrapelintScan'

export interface ScanRegistry {
  register(entry: ActiveRule): void
}

export function defineRule<Options extends object>(definition: RuleDefinition<Options>): Rule<Options> {
  const meta: RuleMeta = Object.freeze({...definition.meta, url: definition.meta.url ?? DOCS_BASE + definition.meta.id + '.md'})

  const plugin = function (options?: Partial<Options>) {
    const merged = {...definition.defaults, ...options} as Options
    return function (tree: Root, file: VFile) {
      const entry: ActiveRule = {rule: rule as Rule<any>, options: merged as Record<string, unknown>, severity: meta.severity === 'off' ? 'warn' : meta.severity}
      const registry = file.data[SCAN_KEY] as ScanRegistry | undefined
      if (registry) {
        registry.register(entry)
        return
      }
      // Standalone (e.g. `retext().use(rule)`): lint the tree we were given.
      const failures = runRules(new Doc(String(file), {path: file.path}), [entry], file, {tree})
      if (failures.length > 0) throw failures[0].error
    }
  }

  const rule = Object.assign(plugin, {
    meta,
    defaults: Object.freeze({...definition.defaults}),
    create: definition.create
  }) as unknown as Rule<Options>
  return rule
}

declare module 'vfile' {
  interface DataMap {
    scrapelintScan: ScanRegistry
  }
}
