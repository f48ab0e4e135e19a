/**
 * The shared scan: every active rule sees the document once, and — only if
 * some rule asks for it — each block's NLCST tree, parsed once for all rules.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {CorpusContext} from './corpus.js'
import type {Block, Doc} from './doc.js'
import {createMessage} from './messages.js'
import {parseBlock} from './nlcst.js'
import {PARSE_ROW, timed} from './timing.js'
import type {Rule} from './rule.js'
import type {RuleListeners, Severity} from './types.js'

export interface ActiveRule {
  rule: Rule<any>
  options: Record<string, unknown>
  severity: Severity
}

/** A rule that threw: reported by the surfaces, never fatal to other rules. */
export interface RuleFailure {
  ruleId: string
  error: Error
}

export interface ScanOptions {
  /** A tree for the whole document, when the caller already has one (standalone retext use). */
  tree?: Root
  /** Line counts over the files linted together. */
  corpus?: CorpusContext
}

export function runRules(doc: Doc, active: readonly ActiveRule[], file: VFile, options: ScanOptions = {}): RuleFailure[] {
  const failures: RuleFailure[] = []
  const running: Array<{entry: ActiveRule; listeners: RuleListeners}> = []

  const guard = (entry: ActiveRule, run: () => void): boolean => {
    try {
      timed(entry.rule.meta.id, run)
      return true
    } catch (error) {
      failures.push({ruleId: entry.rule.meta.id, error: error instanceof Error ? error : new Error(String(error))})
      return false
    }
  }

  for (const entry of active) {
    if (entry.severity === 'off') continue
    guard(entry, () => {
      const listeners = entry.rule.create({
        options: entry.options,
        doc,
        corpus: options.corpus,
        report(report) {
          createMessage(file, doc, entry.rule.meta, report, entry.severity)
        }
      })
      running.push({entry, listeners})
    })
  }

  let live = running
  const drop = (failed: Set<ActiveRule>) => {
    if (failed.size > 0) live = live.filter((item) => !failed.has(item.entry))
  }

  const failedDocument = new Set<ActiveRule>()
  for (const {entry, listeners} of live) {
    if (listeners.document && !guard(entry, () => listeners.document!(doc))) failedDocument.add(entry)
  }
  drop(failedDocument)

  const treeUsers = live.filter((item) => item.listeners.tree)
  if (treeUsers.length > 0) {
    const blocks: Array<{block: Block; tree?: Root}> = options.tree
      ? [{block: {start: 0, end: doc.text.length, text: doc.text}, tree: options.tree}]
      : doc.blocks.map((block) => ({block}))
    const failedTree = new Set<ActiveRule>()
    for (const item of blocks) {
      let tree = item.tree
      for (const {entry, listeners} of treeUsers) {
        if (failedTree.has(entry)) continue
        if (listeners.wantsTree && !listeners.wantsTree(item.block)) continue
        // Parsed on first demand, once for every rule that wants this block.
        tree ??= timed(PARSE_ROW, () => parseBlock(item.block))
        const parsed = tree
        if (!guard(entry, () => listeners.tree!(parsed, item.block))) failedTree.add(entry)
      }
    }
    drop(failedTree)
  }

  for (const {entry, listeners} of live) {
    if (listeners.end) guard(entry, () => listeners.end!())
  }
  return failures
}
