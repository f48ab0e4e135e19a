/** Throw-away rules for engine tests: a category, a fix kind and what to report on the whole document. */
import type {Doc} from '../../src/engine/doc.js'
import type {LintSetup} from '../../src/engine/lint.js'
import {defineRule, type Rule} from '../../src/engine/rule.js'
import type {Category, FixKind, Report} from '../../src/engine/types.js'

export function documentRule(id: string, category: Category, fix: FixKind, find: (doc: Doc, report: (report: Report) => void) => void): Rule<Record<string, never>> {
  return defineRule<Record<string, never>>({
    meta: {id, category, description: `Test rule ${id}`, fix, severity: 'warn'},
    defaults: {},
    create: ({doc, report}) => ({document: () => find(doc, report)})
  })
}

/** A setup running only `rules`, each as a warning. */
export function setupOf(...rules: Array<Rule<Record<string, never>>>): LintSetup {
  return {rules: rules.map((rule) => ({rule, options: {}, severity: 'warn' as const}))}
}
