/**
 * `scrapelint corpus` end to end: the real command (worker pool, JSONL in,
 * JSON lines out) on ~50 MB of clean Brown text in ~5 KB documents and on one
 * single document of the same text, for the `recommended` and `corpus`
 * presets at 1 and N jobs, with the bare retext-english parse of the same
 * documents, in this process, as the reference.
 *
 * Figures: wall-clock MB/s of the whole run (start-up included), MB per
 * CPU-second (all threads; "per core", robust to other load on the machine),
 * MB per CPU-second of the lint workers alone, the CPU time of the workers,
 * the main thread and the rest (V8's compiler and GC threads, libuv's pool;
 * sampled from /proc on Linux), and the command's peak RSS. Targets (issue 10): recommended ≥ 4 MB/s per
 * core, corpus ≥ 10 MB/s per core, 2 jobs ≥ 1.8× one job, the single
 * document ≤ 2× the per-byte time of the 5 KB documents.
 *
 * A run's CPU time is a fixed part (start-up, and the JIT warming up in each
 * worker) plus a part that grows with the input; one job on the first fifth of
 * the documents as well as on all of them separates the two (`steadyState`).
 * One job also keeps more than one core busy (its main thread, V8's compiler
 * and GC threads), which bounds what N jobs can gain on N cores
 * (`speedupCeiling`).
 *
 *   --corpus-size MB   input size (default 50); 0 skips this section
 *
 * The input files are written to the system's temporary directory and
 * removed afterwards.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {brownChunks} from '../lib/brown.js'
import type {BenchContext} from './index.js'

const BIN = fileURLToPath(new URL('../../../bin/scrapelint.js', import.meta.url))

export interface CorpusRun {
  seconds: number
  cpuSeconds: number
  rssMb: number
  megabytes: number
  documents: number
  /** CPU seconds by kind of thread (Linux only, sampled from /proc): where the per-core rate goes. */
  threads?: ThreadCpu
  /** Share of the machine's CPU time the hypervisor gave to other guests during the run (Linux only). */
  steal?: number
}

export interface ThreadCpu {
  /** The main thread: reading input, batching, writing output. */
  main: number
  /** The lint workers: the `jobs` busiest threads other than the main one. */
  workers: number
  /** Everything else: V8's compiler and garbage-collector threads, libuv's I/O pool. */
  other: number
}

/** Run `scrapelint corpus` on `file` and read its summary line. */
export async function runCorpus(file: string, args: readonly string[], jobs: number): Promise<CorpusRun> {
  const before = machineTicks()
  const child = spawn(process.execPath, [BIN, 'corpus', '--no-config', '-o', '/dev/null', ...args, file], {stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  // Threads end with the process, so their CPU time is sampled while it runs (the last sample stands).
  const ticks = new Map<number, number>()
  const sample = () => sampleThreads(child.pid!, ticks)
  const timer = setInterval(sample, 50)
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(timer)
  const after = machineTicks()
  const summary = /(\d+) documents .*; ([\d.]+) MB in ([\d.]+) s, [\d.]+ MB\/s; CPU ([\d.]+) s; peak RSS (\d+) MB/.exec(stderr)
  if (status !== 0 || !summary) throw new Error(`scrapelint corpus ${args.join(' ')} failed: ${stderr}`)
  return {
    documents: Number(summary[1]),
    megabytes: Number(summary[2]),
    seconds: Number(summary[3]),
    cpuSeconds: Number(summary[4]),
    rssMb: Number(summary[5]),
    threads: byKind(child.pid!, ticks, jobs),
    steal: before && after && after.total > before.total ? (after.steal - before.steal) / (after.total - before.total) : undefined
  }
}

/**
 * The machine's CPU ticks so far, all and stolen (the `cpu` line of
 * /proc/stat; nothing off Linux). On a virtual machine, steal is time a
 * core waited for the hypervisor: a busy host slows every figure.
 */
function machineTicks(): {total: number; steal: number} | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number)
    return {total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0}
  } catch {
    return undefined
  }
}

const CLOCK_TICKS = 100

/** Each thread's user + system clock ticks so far, from /proc (nothing off Linux). */
function sampleThreads(pid: number, ticks: Map<number, number>): void {
  let tids: string[]
  try {
    tids = readdirSync(`/proc/${pid}/task`)
  } catch {
    return
  }
  for (const tid of tids) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')
      ticks.set(Number(tid), Number(fields[11]) + Number(fields[12]))
    } catch {
      // The thread ended between the listing and the read.
    }
  }
}

function byKind(pid: number, ticks: ReadonlyMap<number, number>, jobs: number): ThreadCpu | undefined {
  if (ticks.size === 0) return undefined
  const main = (ticks.get(pid) ?? 0) / CLOCK_TICKS
  const rest = [...ticks].filter(([tid]) => tid !== pid).map(([, value]) => value / CLOCK_TICKS).sort((a, b) => b - a)
  const workers = rest.slice(0, jobs).reduce((sum, value) => sum + value, 0)
  const other = rest.slice(jobs).reduce((sum, value) => sum + value, 0)
  return {main, workers, other}
}

export async function corpusThroughput({time}: BenchContext): Promise<void> {
  const {values} = parseArgs({options: {'corpus-size': {type: 'string'}}, strict: false})
  const size = Number(values['corpus-size'] ?? 50) * 1_000_000
  if (!(size > 0)) return
  const jobs = availableParallelism()
  const chunks = brownChunks(5_000, size)
  const directory = mkdtempSync(path.join(tmpdir(), 'scrapelint-corpus-bench-'))
  const small = path.join(directory, 'documents.jsonl')
  const single = path.join(directory, 'single.jsonl')
  const fifth = path.join(directory, 'fifth.jsonl')
  const lines = chunks.map((text, index) => JSON.stringify({id: index, text}) + '\n')
  writeFileSync(small, lines.join(''))
  writeFileSync(fifth, lines.slice(0, Math.ceil(lines.length / 5)).join(''))
  writeFileSync(single, JSON.stringify({id: 0, text: chunks.join('\n\n')}) + '\n')
  const bytes = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0)

  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  process.stdout.write(`scrapelint corpus: ${chunks.length} documents of ~5 KB (${(bytes / 1e6).toFixed(1)} MB of Brown text) and one document of the same text\n`)
  process.stdout.write(`machine: ${jobs} cores (${cpu}), Node ${process.version}; load average before: ${loadavg()[0].toFixed(2)}\n\n`)

  const parser = unified().use(retextEnglish).freeze()
  chunks.slice(0, 50).forEach((chunk) => parser.parse(chunk))
  const cpuBefore = process.cpuUsage()
  const parseSeconds = time(() => chunks.forEach((chunk) => parser.parse(chunk)))
  const cpuUsed = process.cpuUsage(cpuBefore)
  const parseCpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6

  const rows: string[][] = [['input', 'preset', 'jobs', 'MB/s (wall)', 'MB per CPU-s', 'MB per worker CPU-s', 'CPU s: workers / main / other', 'peak RSS', 'CPU steal']]
  const perByte = new Map<string, number>()
  const oneJob = new Map<string, {fifth: CorpusRun; all: CorpusRun}>()
  const parseRate = (bytes / 1e6 / parseCpuSeconds).toFixed(2)
  rows.push(['5 KB docs', 'bare retext-english parse', '1 (in process)', (bytes / 1e6 / parseSeconds).toFixed(2), parseRate, parseRate, '—', '—', '—'])
  const jobCounts = jobs > 1 ? [1, jobs] : [1]
  for (const preset of ['recommended', 'corpus']) {
    const part = await runCorpus(fifth, ['-j', '1', '--preset', preset], 1)
    rows.push(['5 KB docs, first fifth', preset, '1', ...figures(part)])
    for (const count of jobCounts) {
      const run = await runCorpus(small, ['-j', String(count), '--preset', preset], count)
      if (count === 1) {
        perByte.set(preset, run.seconds / run.megabytes)
        oneJob.set(preset, {fifth: part, all: run})
      }
      perByte.set(`${preset}:${count}`, run.megabytes / run.seconds)
      rows.push(['5 KB docs', preset, String(count), ...figures(run)])
    }
    const run = await runCorpus(single, ['-j', '1', '--preset', preset], 1)
    perByte.set(`${preset}:single`, run.seconds / run.megabytes)
    rows.push([`one ${(bytes / 1e6).toFixed(0)} MB doc`, preset, '1', ...figures(run)])
  }
  rmSync(directory, {recursive: true, force: true})

  process.stdout.write(markdownTable(rows) + '\n')
  for (const preset of ['recommended', 'corpus']) {
    const {fifth: part, all} = oneJob.get(preset)!
    if (jobs > 1) {
      const speedup = perByte.get(`${preset}:${jobs}`)! / perByte.get(`${preset}:1`)!
      const busy = all.cpuSeconds / all.seconds
      process.stdout.write(
        `${preset}: ${jobs} jobs = ${speedup.toFixed(2)}× one job (target ≥ 1.8× on 2 cores; one job keeps ${busy.toFixed(2)} cores busy, ` +
          `so ${jobs} cores allow at most ${speedupCeiling(jobs, all).toFixed(2)}×); `
      )
    }
    const ratio = perByte.get(`${preset}:single`)! / perByte.get(preset)!
    process.stdout.write(`single document ${ratio.toFixed(2)}× the per-byte time of 5 KB documents (target ≤ 2×)\n`)
    const steady = steadyState(part, all)
    if (steady) {
      process.stdout.write(
        `${preset}: ${steady.rate.toFixed(2)} MB per CPU-s once started (from the ${part.megabytes.toFixed(0)} and ${all.megabytes.toFixed(0)} MB runs), ` +
          `after ${steady.fixedSeconds.toFixed(1)} CPU-s of start-up and JIT warm-up\n`
      )
    }
  }
  process.stdout.write(`load average after: ${loadavg()[0].toFixed(2)}\n`)
}

/**
 * The most N jobs can gain over one on N cores: N over the cores one job
 * keeps busy (its CPU time over its wall-clock time), when N jobs use no
 * more CPU time than one.
 */
export function speedupCeiling(cores: number, oneJob: Pick<CorpusRun, 'seconds' | 'cpuSeconds'>): number {
  return cores / (oneJob.cpuSeconds / oneJob.seconds)
}

/**
 * A run's CPU time as a fixed part plus one per megabyte, from two runs of
 * the same kind on inputs of two sizes: the rate once started (MB per CPU-s)
 * and the fixed part; undefined when the larger run did not take longer.
 */
export function steadyState(
  smaller: Pick<CorpusRun, 'megabytes' | 'cpuSeconds'>,
  larger: Pick<CorpusRun, 'megabytes' | 'cpuSeconds'>
): {rate: number; fixedSeconds: number} | undefined {
  const megabytes = larger.megabytes - smaller.megabytes
  const seconds = larger.cpuSeconds - smaller.cpuSeconds
  if (!(megabytes > 0 && seconds > 0)) return undefined
  const rate = megabytes / seconds
  return {rate, fixedSeconds: larger.cpuSeconds - larger.megabytes / rate}
}

/** The row's figures after input, preset and jobs. */
function figures(run: CorpusRun): string[] {
  const {threads} = run
  return [
    (run.megabytes / run.seconds).toFixed(2),
    (run.megabytes / run.cpuSeconds).toFixed(2),
    threads ? (run.megabytes / threads.workers).toFixed(2) : '—',
    threads ? `${threads.workers.toFixed(1)} / ${threads.main.toFixed(1)} / ${threads.other.toFixed(1)}` : '—',
    `${run.rssMb} MB`,
    run.steal === undefined ? '—' : `${(run.steal * 100).toFixed(0)} %`
  ]
}

function markdownTable(rows: readonly string[][]): string {
  const [head, ...body] = rows
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}
