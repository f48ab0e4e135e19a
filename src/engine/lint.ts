/**
 * The lint pipeline: a unified processor whose parser builds the `Doc`, whose
 * rule plugins register with the shared scan, and whose last transformer runs
 * that scan once for all rules.
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {CorpusContext} from './corpus.js'
import {Doc, type DocFormat} from './doc.js'
import {dropAllowed} from './allow.js'
import {applyDirectives, findDirectives} from './directives.js'
import {compareMessages, createMessage} from './messages.js'
import {SCAN_KEY, type ScanRegistry} from './rule.js'
import {runRules, type ActiveRule, type RuleFailure} from './scan.js'
import type {ScrapelintMessage} from './types.js'
import {didYouMean} from '../util/suggest.js'

/** The rules to run, resolved from configuration (see `src/config`). */
export interface LintSetup {
  rules: readonly ActiveRule[]
  /** Terms never flagged, whichever rule finds them (see `allow.ts`). */
  allow?: readonly string[]
  /** Report unused disable directives and unknown rule ids in directives. */
  reportUnusedDirectives?: boolean
}

export interface LintResult {
  file: VFile
  doc: Doc
  messages: ScrapelintMessage[]
  failures: RuleFailure[]
}

export interface DocumentOptions {
  path?: string
  format?: DocFormat
  /** Line counts over all files of the run (the CLI's pre-pass); absent for a single text. */
  corpus?: CorpusContext
}

const BOM = '\uFEFF'

export function stripBom(text: string): {text: string; bom: boolean} {
  return text.startsWith(BOM) ? {text: text.slice(1), bom: true} : {text, bom: false}
}

export function restoreBom(text: string, bom: boolean): string {
  return bom ? BOM + text : text
}

const processors = new WeakMap<LintSetup, Processor<Root, Root, Root>>()

function processorFor(setup: LintSetup): Processor<Root, Root, Root> {
  let processor = processors.get(setup)
  if (processor) return processor
  let pipeline: any = unified().use(scrapelintParse)
  for (const entry of setup.rules) {
    if (entry.severity !== 'off') pipeline = pipeline.use(entry.rule, entry.options)
  }
  processor = pipeline.use(scrapelintScan, setup).freeze() as Processor<Root, Root, Root>
  processors.set(setup, processor)
  return processor
}

/** Parser: build the shared `Doc` and an empty registry; blocks are parsed later, on demand. */
function scrapelintParse(this: Processor) {
  this.parser = function (value: string, file: VFile): Root {
    file.data.scrapelintDoc = new Doc(value, {path: file.path, format: file.data.scrapelintFormat})
    const entries: ActiveRule[] = []
    const registry: ScanRegistry & {entries: ActiveRule[]} = {entries, register: (entry) => entries.push(entry)}
    file.data[SCAN_KEY] = registry
    return {type: 'RootNode', children: []}
  }
}

/** Last transformer: run every registered rule in one scan. */
function scrapelintScan(setup: LintSetup) {
  const severities = new Map(setup.rules.map((entry) => [entry.rule.meta.id, entry.severity]))
  return function (_tree: Root, file: VFile) {
    const registry = file.data[SCAN_KEY] as ScanRegistry & {entries: ActiveRule[]}
    const active = registry.entries.map((entry) => ({...entry, severity: severities.get(entry.rule.meta.id) ?? entry.severity}))
    file.data.scrapelintFailures = runRules(file.data.scrapelintDoc!, active, file, {corpus: file.data.scrapelintCorpus})
  }
}

/** Lint one document. `text` must not start with a BOM (see `stripBom`). */
export function lintDocument(text: string, setup: LintSetup, options: DocumentOptions = {}): LintResult {
  const file = new VFile({value: text, path: options.path})
  if (options.format) file.data.scrapelintFormat = options.format
  if (options.corpus) file.data.scrapelintCorpus = options.corpus
  const processor = processorFor(setup)
  processor.runSync(processor.parse(file), file)
  const doc = file.data.scrapelintDoc!
  let messages = (file.messages as ScrapelintMessage[]).filter((message) => message.source === 'scrapelint')
  if (setup.allow && setup.allow.length > 0) messages = dropAllowed(doc.text, messages, setup.allow)
  messages.sort(compareMessages)
  messages = suppress(file, doc, messages, setup)
  file.messages = messages
  return {file, doc, messages, failures: file.data.scrapelintFailures ?? []}
}

/** Apply in-text directives; with `reportUnusedDirectives`, add their problems as messages. */
function suppress(file: VFile, doc: Doc, messages: ScrapelintMessage[], setup: LintSetup): ScrapelintMessage[] {
  const directives = findDirectives(doc)
  if (directives.length === 0) return messages
  const known = knownIds(setup)
  const outcome = applyDirectives(doc, messages, directives, known, (id) => didYouMean(id, known))
  if (!setup.reportUnusedDirectives || outcome.problems.length === 0) return outcome.messages
  const problems = outcome.problems.map(({meta, report}) => createMessage(file, doc, meta, report, meta.severity))
  return [...outcome.messages, ...problems].sort(compareMessages)
}

const knownIdCache = new WeakMap<LintSetup, Set<string>>()
function knownIds(setup: LintSetup): Set<string> {
  let known = knownIdCache.get(setup)
  if (!known) knownIdCache.set(setup, (known = new Set(setup.rules.map((entry) => entry.rule.meta.id))))
  return known
}

declare module 'vfile' {
  interface DataMap {
    scrapelintDoc: Doc
    scrapelintFormat: DocFormat
    scrapelintCorpus: CorpusContext
    scrapelintFailures: RuleFailure[]
  }
}
