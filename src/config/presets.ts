/**
 * Presets for `extends`, derived from rule metadata so that every rule —
 * including ones added later — lands in the right preset without a list to
 * keep up to date:
 *
 * - `recommended` (the default): each rule at its default severity; rules too
 *   noisy for clean text are `off` by default and stay off.
 * - `strict`: every rule on, at its default severity or `warn`.
 * - `corpus`: for bulk cleaning — damage that `--fix` repairs wholesale
 *   (chrome deletion, encoding and markup repair) as errors, style-ish and
 *   editorial rules off, the rest as in `recommended`.
 */
import type {Rule} from '../engine/rule.js'
import type {Category, Severity} from '../engine/types.js'
import {ruleMap} from '../../rules/index.js'

/** Categories whose findings are repaired in bulk when cleaning a corpus: errors in `corpus`. */
export const REPAIR_CATEGORIES: readonly Category[] = ['chrome', 'encoding', 'markup']

/**
 * What counts as style-ish: typography and house style rather than damage
 * (quotation style), off in `corpus`. The one place to change that choice.
 */
export const STYLE_CATEGORIES: readonly Category[] = ['quotes']

/**
 * Editorial categories: sentence-level judgements (broken sentences, stray
 * capitals, glued link text) whose fixes are only suggestions for a person to
 * review, and which need the heavy models (Hunspell dictionary, POS tagger,
 * truecasing table): more than half of a worker's time on clean text. Off in
 * `corpus`, where nobody reviews suggestions one by one and throughput
 * matters; `--preset recommended` runs them.
 */
export const EDITORIAL_CATEGORIES: readonly Category[] = ['sentence', 'link-artifact']

export const PRESETS = {
  recommended: (rule: Rule<any>): Severity => rule.meta.severity,
  strict: (rule: Rule<any>): Severity => (rule.meta.severity === 'off' ? 'warn' : rule.meta.severity),
  corpus: (rule: Rule<any>): Severity => {
    if (REPAIR_CATEGORIES.includes(rule.meta.category)) return 'error'
    if (STYLE_CATEGORIES.includes(rule.meta.category) || EDITORIAL_CATEGORIES.includes(rule.meta.category)) return 'off'
    return rule.meta.severity
  }
} satisfies Record<string, (rule: Rule<any>) => Severity>

export type PresetName = keyof typeof PRESETS
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[]

export function isPreset(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name)
}

/** The rule severities of a preset, for every registered rule. */
export function presetRules(name: PresetName, rules: Iterable<Rule<any>> = ruleMap.values()): Record<string, Severity> {
  const severityOf = PRESETS[name]
  const result: Record<string, Severity> = {}
  for (const rule of rules) result[rule.meta.id] = severityOf(rule)
  return result
}
