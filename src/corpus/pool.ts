/**
 * The worker pool of `scrapelint corpus`: batches go to `piscina` worker
 * threads, at most `maxInFlight` at a time (the producer waits for a slot:
 * back-pressure), and results are handed on strictly in submission order, so
 * the output follows the input whatever the batches' sizes. A batch whose
 * worker dies is retried one document at a time, so only the document that
 * kills its worker is reported as an error.
 */
import {setFlagsFromString} from 'node:v8'
import {Piscina} from 'piscina'
import type {BatchResult} from './document.js'
import type {Item} from './input.js'
import type {WorkerData} from './worker.js'

const YOUNG_GENERATION_MB = 8
/**
 * V8 lets a heap grow by a large factor before its next full collection; a
 * worker's live data is ~20 MB but its heap reached ~100 MB of dead batches
 * before one. Growing by 10 % keeps each worker near 40 MB (peak RSS on a 1 GB
 * input, 2 jobs: 317 → 217 MB) for a few ms of marking per second,
 * and still lets the heap grow as far as one huge document needs. V8 flags
 * are per process: set before the workers' isolates exist.
 */
const HEAP_GROWING_PERCENT = 10

/**
 * The V8 flags the workers run with; set before their isolates exist (the
 * worker bundle's code cache is made and used under the same flags).
 */
export function setWorkerFlags(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}

export interface PoolOptions {
  jobs: number
  /** Batches submitted and not yet written, at most. */
  maxInFlight: number
  workerData: WorkerData
  /** Called with each batch's result, in order; the next one waits for the promise. */
  write(result: BatchResult): Promise<void>
}

export class OrderedPool {
  readonly #piscina: Piscina<Item[], BatchResult>
  readonly #options: PoolOptions
  readonly #done = new Map<number, BatchResult>()
  #submitted = 0
  #written = 0
  #writing = false
  #waiting: Array<() => void> = []
  #failure: unknown
  /** Batches submitted and not yet done (running in a worker or queued for one). */
  readonly #running = new Set<Promise<void>>()
  #closing = false

  constructor(options: PoolOptions) {
    this.#options = options
    setWorkerFlags()
    this.#piscina = new Piscina({
      // Through `../corpus/`: right from dist/src/corpus/ and from the CLI's bundle in dist/src/cli/.
      filename: new URL('../corpus/worker-entry.js', import.meta.url).href,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      idleTimeout: 60_000,
      // A small young generation: collected more often, for the same CPU time
      // (measured), and about 20 MB less resident memory per worker.
      resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB},
      workerData: options.workerData
    })
    // piscina reports here what belongs to no task (a worker that fails while idle, a result for a
    // task it no longer knows): unheard, it would end the process. Before closing it stops the run.
    this.#piscina.on('error', (error: unknown) => {
      if (this.#closing) return
      this.#failure ??= error
      this.#wake()
    })
  }

  /** Submit a batch; resolves once there is room for another. */
  async push(items: Item[]): Promise<void> {
    // A failed write stops the writing: waiting for room then would never end.
    while (this.#submitted - this.#written >= this.#options.maxInFlight && !this.#failure) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve))
    }
    if (this.#failure) throw this.#failure
    const sequence = this.#submitted++
    const task = this.#run(items).then((result) => {
      this.#done.set(sequence, result)
      void this.#flush()
    })
    this.#running.add(task)
    void task.finally(() => this.#running.delete(task))
  }

  /** Wait for every batch to be written, then stop the workers. */
  async close(): Promise<void> {
    while (this.#written < this.#submitted && !this.#failure) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#closing = true
    // After a failure (the output's reader gone) batches may still be in a worker; stopping it then
    // would leave their results to arrive for tasks piscina has dropped. They are few (`maxInFlight`).
    await Promise.allSettled(this.#running)
    await this.#piscina.destroy()
    if (this.#failure) throw this.#failure
  }

  async #run(items: Item[]): Promise<BatchResult> {
    try {
      return await this.#piscina.run(items)
    } catch (error) {
      if (items.length === 1) return crashResult(items[0], error, this.#options.workerData.settings.idField)
      const parts = await Promise.all(items.map((item) => this.#run([item])))
      return {
        out: parts.map((part) => part.out).join(''),
        documents: sum(parts, 'documents'),
        dropped: sum(parts, 'dropped'),
        errors: sum(parts, 'errors')
      }
    }
  }

  async #flush(): Promise<void> {
    if (this.#writing) return
    this.#writing = true
    try {
      while (this.#done.has(this.#written)) {
        const result = this.#done.get(this.#written)!
        this.#done.delete(this.#written)
        await this.#options.write(result)
        this.#written++
        this.#wake()
      }
    } catch (error) {
      this.#failure = error
      this.#wake()
    } finally {
      this.#writing = false
    }
  }

  #wake(): void {
    const waiting = this.#waiting
    this.#waiting = []
    for (const resolve of waiting) resolve()
  }
}

function sum(parts: readonly BatchResult[], key: 'documents' | 'dropped' | 'errors'): number {
  return parts.reduce((total, part) => total + part[key], 0)
}

/** The error line of a document whose worker died. */
function crashResult(item: Item, error: unknown, idField: string): BatchResult {
  const record: Record<string, unknown> = {}
  if (item.kind === 'file') record.id = item.id
  if (item.kind === 'line') {
    try {
      const parsed = JSON.parse(item.raw) as Record<string, unknown>
      if (parsed && typeof parsed === 'object' && parsed[idField] !== undefined) record.id = parsed[idField]
    } catch {
      // The id stays unknown.
    }
    record.line = item.line
  }
  if (item.kind === 'error') {
    if (item.id !== undefined) record.id = item.id
    if (item.line !== undefined) record.line = item.line
  }
  record.error = `worker crashed: ${error instanceof Error ? error.message : String(error)}`
  return {out: JSON.stringify(record) + '\n', documents: 0, dropped: 0, errors: 1}
}
