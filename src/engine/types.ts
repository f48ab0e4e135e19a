/**
 * Shared types of the engine: rule metadata, findings and settings.
 */
import type {Root} from 'nlcst'
import type {VFileMessage} from 'vfile-message'
import type {CorpusContext} from './corpus.js'
import type {Block, Doc} from './doc.js'

export const CATEGORIES = [
  'encoding',
  'markup',
  'whitespace',
  'punctuation',
  'quotes',
  'chrome',
  'link-artifact',
  'sentence',
  'duplicate',
  'mt'
] as const

export type Category = (typeof CATEGORIES)[number]

/** How a rule's findings can be repaired. */
export type FixKind = 'safe' | 'suggestion' | 'none'

/** Severity as configured; `off` disables a rule. */
export type Severity = 'off' | 'warn' | 'error'

export interface RuleMeta {
  /** Stable kebab-case id; also the file name under `rules/` and `docs/rules/`. */
  id: string
  category: Category
  /** One line, imperative or descriptive, shown in `--help`-like listings and hovers. */
  description: string
  /** The strongest fix the rule offers: single findings may downgrade to `suggestion`. */
  fix: FixKind
  /** Default severity when no config mentions the rule. */
  severity: Severity
  /** Link to the rule's documentation page. */
  url: string
  /** The rule reads `context.corpus`: the CLI then counts lines across all inputs first. */
  usesCorpus?: boolean
}

/** One finding as a rule reports it: offsets into `doc.text` (UTF-16 code units). */
export interface Report {
  start: number
  end: number
  message: string
  /** The text that is wrong; defaults to `doc.text.slice(start, end)`. */
  actual?: string
  /** Replacements for `[start, end)`; the first one is the fix. */
  expected?: string[]
  /** Overrides the rule's fix kind for this finding (e.g. a low-confidence case). */
  fix?: 'safe' | 'suggestion'
  /** Extra explanation, shown in verbose output and the editor. */
  note?: string
  /** Free-form structured detail (confidence, kind, …), carried into JSON output. */
  data?: Record<string, unknown>
  /** Overrides the rule's documentation link (third-party plugins link their own docs). */
  url?: string
}

export interface RuleContext<Options> {
  readonly options: Readonly<Options>
  readonly doc: Doc
  /** Line counts over the files linted together, when a surface provides them (see `corpus.ts`). */
  readonly corpus?: CorpusContext
  report(report: Report): void
}

/**
 * What a rule does with a document. Every listener is optional; a rule that
 * has no `tree` listener never causes a parse.
 */
export interface RuleListeners {
  /** Called once with the whole document (raw text, lines). */
  document?(doc: Doc): void
  /** Called once per block with its NLCST tree (block-relative positions). */
  tree?(tree: Root, block: Block): void
  /**
   * A cheap test on a block's raw text: `false` means `tree` has nothing to
   * find there. A block no tree rule wants is never parsed.
   */
  wantsTree?(block: Block): boolean
  /** Called after the document and all blocks were seen. */
  end?(): void
}

/** A scrapelint message: a vfile message with the fields the fixer and reporters need. */
export interface ScrapelintMessage extends VFileMessage {
  ruleId: string
  source: 'scrapelint'
  url: string
  category: Category
  /** `[start, end)` in UTF-16 code units of the linted text. */
  range: [number, number]
  /** How `expected[0]` may be applied: `safe` by `--fix`, `suggestion` only with `--unsafe`. */
  fixKind: FixKind
  /** 1 = warning, 2 = error. */
  severity: 1 | 2
  data?: Record<string, unknown>
}

/** Per-rule setting in configuration: a severity, or a severity with options. */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]
export type RuleSettings = Record<string, RuleSetting>
