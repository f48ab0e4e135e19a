/**
 * Per-rule lint time, as ESLint's `TIMING` environment variable gives it:
 * `TIMING=1 scrapelint …` prints the ten rules that took longest after the
 * report, `TIMING=all` every rule, `TIMING=25` that many. The shared sentence
 * parse is listed as its own row, since no one rule owns it. Off by default:
 * when off, the scan does not read the clock.
 */
import {performance} from 'node:perf_hooks'

/** The row for the NLCST parse that rules share. */
export const PARSE_ROW = '(sentence parse)'
const DEFAULT_ROWS = 10

const totals = new Map<string, number>()
let enabled = false

export function isTimingEnabled(): boolean {
  return enabled
}

/** Turns timing on or off from the `TIMING` variable's value, from zero; returns how many rows to print (0: off). */
export function enableTimingFromEnv(value: string | undefined): number {
  const rows = timingRows(value)
  enabled = rows > 0
  totals.clear()
  return rows
}

function timingRows(value: string | undefined): number {
  if (value === undefined || value === '' || value === '0') return 0
  if (value.toLowerCase() === 'all') return Infinity
  const rows = Number.parseInt(value, 10)
  return Number.isFinite(rows) && rows > DEFAULT_ROWS ? rows : DEFAULT_ROWS
}

/** Runs `run`, adding its time to `id`'s total when timing is on. */
export function timed<T>(id: string, run: () => T): T {
  if (!enabled) return run()
  const start = performance.now()
  try {
    return run()
  } finally {
    totals.set(id, (totals.get(id) ?? 0) + performance.now() - start)
  }
}

/** The slowest `rows` entries as a table: rule, milliseconds, share of all timed work. */
export function formatTiming(rows: number, entries: ReadonlyMap<string, number> = totals): string {
  const all = [...entries].sort((a, b) => b[1] - a[1])
  const sum = all.reduce((total, [, ms]) => total + ms, 0)
  const shown = all.slice(0, rows)
  const width = Math.max('Rule'.length, ...shown.map(([id]) => id.length))
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`]
  for (const [id, ms] of shown) {
    lines.push(`${id.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${(sum === 0 ? 0 : (100 * ms) / sum).toFixed(1).padStart(7)}%`)
  }
  return lines.join('\n') + '\n'
}
