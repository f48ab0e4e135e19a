/**
 * Extra benchmark sections (a rule's lexicon cost, editor latency, …) run
 * after the main throughput figures, on the same input.
 */
import type {LintSetup} from '../../src/engine/lint.js'

export interface BenchContext {
  chunks: string[]
  bytes: number
  setup: LintSetup
  time(run: () => void): number
  mbps(size: number, seconds: number): string
}

export type BenchSection = (context: BenchContext) => Promise<void> | void

import {corpusThroughput} from './corpus.js'
import {hookCost} from './hook.js'
import {lspLatency} from './lsp-latency.js'
import {mtRules} from './mt-rules.js'

export const sections: BenchSection[] = [lspLatency, hookCost, mtRules, corpusThroughput]
