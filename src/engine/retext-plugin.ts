/**
 * Run a third-party retext plugin inside the shared scan: it gets each block's
 * tree (so it never forces a whole-document parse) and its messages become
 * scrapelint reports with document offsets.
 */
import type {Root} from 'nlcst'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Block, Doc} from './doc.js'
import {defineRule, type Rule} from './rule.js'
import type {Category, FixKind, Report, Severity} from './types.js'

export interface RetextRuleOptions {
  id: string
  category: Category
  description: string
  fix?: FixKind
  severity?: Severity
  /** Documentation link when the plugin's messages carry none. */
  url?: string
  /** Set when the plugin only reads the tree; otherwise it gets a private copy. */
  readOnly?: boolean
  /**
   * A cheap superset test on a block's raw text — a pattern every block the
   * plugin can report on matches, or a function; other blocks are skipped.
   */
  prefilter?: RegExp | ((block: Block, doc: Doc) => boolean)
  /** Adjust or drop (return `undefined`) a converted report. */
  convert?: (report: Report, message: VFileMessage, doc: Doc) => Report | undefined
}

export function retextRule(plugin: Plugin<any[], any>, pluginOptions: unknown, settings: RetextRuleOptions): Rule<Record<string, never>> {
  // The plugin's transformer is called directly on each block's tree: a
  // unified run per block would cost more than many plugins themselves.
  const transform = plugin.call(unified() as never, ...(pluginOptions === undefined ? [] : [pluginOptions])) as
    | ((tree: Root, file: VFile) => unknown)
    | undefined
  return defineRule<Record<string, never>>({
    meta: {
      id: settings.id,
      category: settings.category,
      description: settings.description,
      fix: settings.fix ?? 'suggestion',
      severity: settings.severity ?? 'warn',
      url: settings.url
    },
    defaults: {},
    create({doc, report}) {
      const prefilter = settings.prefilter
      return {
        wantsTree:
          prefilter instanceof RegExp ? (block) => prefilter.test(block.text) : prefilter ? (block) => prefilter(block, doc) : undefined,
        tree(tree, block) {
          const scratch = new VFile({value: block.text, path: doc.path})
          const input: Root = settings.readOnly ? tree : structuredClone(tree)
          if (!transform) return
          const result = transform(input, scratch)
          if (result && typeof (result as Promise<unknown>).then === 'function') {
            throw new Error(`${settings.id} is an asynchronous plugin; scrapelint runs plugins synchronously`)
          }
          for (const message of scratch.messages) {
            const start = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset
            const end = message.place && 'end' in message.place ? message.place.end.offset : start
            if (start === undefined || end === undefined) continue
            const converted: Report = {
              start: block.start + start,
              end: block.start + end,
              message: message.reason,
              actual: message.actual,
              expected: message.expected,
              url: message.url
            }
            const final = settings.convert ? settings.convert(converted, message, doc) : converted
            if (final) report(final)
          }
        }
      }
    }
  })
}
