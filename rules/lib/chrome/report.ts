/**
 * Reporting claimed chrome: contiguous lines claimed by one rule (blank lines
 * between them included) become one finding whose fix deletes them with
 * their blank-line separator, so the paragraphs around close up.
 */
import type {CorpusContext} from '../../../src/engine/corpus.js'
import type {Doc} from '../../../src/engine/doc.js'
import {defineRule, type Rule} from '../../../src/engine/rule.js'
import type {Report, RuleMeta} from '../../../src/engine/types.js'
import {analyseChrome, SAFE_CONFIDENCE, type ChromeLine, type ChromeRuleId} from './analyse.js'

const ZONE_RULES = new Set<ChromeRuleId>(['chrome-end-zone', 'chrome-navigation'])

export interface ChromeBlock {
  /** Indices into the analysis' lines, inclusive. */
  first: number
  last: number
  lines: ChromeLine[]
  safe: boolean
}

/** The blocks a rule reports: runs of its claimed lines with one fix kind; lines keeping some text stand alone. */
export function blocksOf(lines: readonly ChromeLine[], rule: ChromeRuleId): ChromeBlock[] {
  const blocks: ChromeBlock[] = []
  let current: ChromeBlock | undefined
  lines.forEach((item, index) => {
    const claim = item.claim
    if (!claim || claim.rule !== rule) {
      current = undefined
      return
    }
    const safe = claim.confidence >= SAFE_CONFIDENCE
    // A zone is one finding, safe only when all its lines are; single-line findings split by fix kind.
    const zone = ZONE_RULES.has(rule)
    if (current && (zone || current.safe === safe) && current.last === index - 1 && !claim.keep && !current.lines[0].claim!.keep) {
      current.last = index
      current.lines.push(item)
      current.safe &&= safe
      return
    }
    current = {first: index, last: index, lines: [item], safe}
    blocks.push(current)
  })
  return blocks
}

/**
 * The range that deletes a block's lines and, when the block stands between
 * blank lines, one of the blank-line separators — so the text around closes
 * up with the separation it had. At the end of the text the block goes with
 * the line break before it.
 */
export function deletionRange(doc: Doc, lines: readonly ChromeLine[], block: ChromeBlock): [number, number] {
  const first = lines[block.first].line
  const last = lines[block.last].line
  const next = lines[block.last + 1]
  const previous = lines[block.first - 1]
  if (!next) return previous ? [previous.line.end, last.end] : [first.start, last.end]
  const blankBefore = !previous || previous.line.index < first.index - 1
  const blankAfter = next.line.index > last.index + 1
  return blankBefore && blankAfter ? [first.start, next.line.start] : [first.start, doc.lines[last.index + 1].start]
}

export interface ChromeReporter {
  (report: Report): void
}

/** Report every block a rule owns; `describe` words the message from the block's lines. */
export function reportChrome(
  doc: Doc,
  corpus: CorpusContext | undefined,
  rule: ChromeRuleId,
  report: ChromeReporter,
  describe: (block: ChromeBlock) => string
): void {
  const {lines} = analyseChrome(doc, corpus)
  for (const block of blocksOf(lines, rule)) {
    const head = block.lines[0]
    const keep = head.claim!.keep
    const confidence = Math.min(...block.lines.map((item) => item.claim!.confidence))
    const data = {kind: head.claim!.what, lines: block.lines.length, confidence}
    if (keep !== undefined) {
      const start = head.line.start + head.line.text.indexOf(head.text)
      report({start, end: start + head.text.length, message: describe(block), expected: [keep, ''], fix: 'suggestion', data})
      continue
    }
    const [start, end] = deletionRange(doc, lines, block)
    report({start, end, message: describe(block), expected: [''], fix: block.safe ? 'safe' : 'suggestion', data})
  }
}

/** "3 lines" / "the line", for messages. */
export function lineCount(block: ChromeBlock): string {
  return block.lines.length === 1 ? 'the line' : `these ${block.lines.length} lines`
}

/** The distinct descriptions of a block's lines, in order: "share-button label, menu item". */
export function kindsOf(block: ChromeBlock): string {
  return [...new Set(block.lines.map((item) => item.claim!.what))].join(', ')
}

/**
 * A chrome rule: metadata and the wording of its findings. The analysis and
 * the fixes are shared (see `analyse.ts`); each rule reports the lines it owns.
 */
export function defineChromeRule(
  meta: Omit<RuleMeta, 'url' | 'category'> & {id: ChromeRuleId},
  describe: (block: ChromeBlock, corpus: CorpusContext | undefined) => string
): Rule<Record<string, never>> {
  return defineRule<Record<string, never>>({
    meta: {...meta, category: 'chrome'},
    defaults: {},
    create({doc, corpus, report}) {
      return {
        document() {
          reportChrome(doc, corpus, meta.id, report, (block) => describe(block, corpus))
        }
      }
    }
  })
}

export function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1)
}
