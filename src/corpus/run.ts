/**
 * `scrapelint corpus`: a streaming, multi-core line-in/line-out filter.
 * Inputs are read item by item, grouped into batches, linted by the worker
 * pool and written back in input order; a summary goes to stderr.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {once} from 'node:events'
import {createGzip} from 'node:zlib'
import {isOneOf, prepareOutputFile} from '../io/write.js'
import {resolveConfigForFile, type ResolveOptions} from '../config/resolve.js'
import {ConfigError, parseRuleFlag} from '../config/setup.js'
import type {CliIo} from '../cli/main.js'
import {BoilerplateLearner, loadTable, saveTable, siteOfUrl, type BoilerplateTable} from './boilerplate.js'
import type {BatchResult, DocumentSettings} from './document.js'
import {knownSize, readInputs, type Item} from './input.js'
import {CORPUS_HELP, parseCorpusArgs, type CorpusOptions} from './options.js'
import {OrderedPool} from './pool.js'
import {createProgress} from './progress.js'

/** A batch is sent to a worker when it holds this many bytes… */
export const BATCH_BYTES = 64 * 1024
/** …or this many documents. */
export const BATCH_DOCUMENTS = 64
/** Batches in flight per worker (queued, running or waiting to be written). */
export const IN_FLIGHT_PER_JOB = 4

export interface CorpusSummary {
  documents: number
  dropped: number
  errors: number
  bytes: number
  seconds: number
}

export async function runCorpusCommand(argv: string[], io: CliIo): Promise<number> {
  const fail = (message: string) => io.stderr.write(`scrapelint: error: ${message}\n`)
  let options: CorpusOptions
  let resolve: ResolveOptions
  const configFor = path.join(io.cwd, 'corpus.txt')
  let table: BoilerplateTable | undefined
  let output: Output | undefined
  let problems = 0
  const readOptions = {
    stdin: io.stdin,
    cwd: io.cwd,
    onProblem(message: string) {
      fail(message)
      problems++
    }
  }
  try {
    options = parseCorpusArgs(argv)
    if (options.help) {
      io.stdout.write(CORPUS_HELP + '\n')
      return 0
    }
    resolve = {
      cwd: io.cwd,
      configPath: options.config,
      noConfig: options.noConfig,
      cliRules: Object.fromEntries(options.rules.map(parseRuleFlag)),
      preset: options.preset
    }
    // A broken configuration, or an output that cannot be written, stops the run before anything is read.
    await resolveConfigForFile(configFor, resolve)
    await refuseOverwritingInput(options, io.cwd)
    output = await openOutput(options.output, io)
    if (options.learnBoilerplate) {
      const tableFile = options.boilerplateTable === undefined ? undefined : path.resolve(io.cwd, options.boilerplateTable)
      if (tableFile) await usableOutput(tableFile, `--boilerplate-table ${options.boilerplateTable}`)
      table = await learnBoilerplate(options, {...readOptions, extensions: options.extensions})
      if (tableFile) await saveTable(tableFile, table)
    } else if (options.boilerplateTable) {
      table = await loadTable(path.resolve(io.cwd, options.boilerplateTable), options.boilerplateTable)
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      fail(error.message)
      await output?.close()
      return 2
    }
    throw error
  }

  const settings: DocumentSettings = {
    textField: options.textField,
    idField: options.idField,
    urlField: options.urlField,
    fix: options.fix,
    minScore: options.minScore,
    drop: options.drop,
    messages: options.messages
  }
  if (table) settings.boilerplate = table

  const progress = createProgress(io.stderr as NodeJS.WritableStream & {isTTY?: boolean}, await knownSize(options.inputs, io.cwd), options.quiet)
  const summary: CorpusSummary = {documents: 0, dropped: 0, errors: 0, bytes: 0, seconds: 0}
  const start = process.hrtime.bigint()
  let written = 0
  const pool = new OrderedPool({
    jobs: options.jobs,
    maxInFlight: options.jobs * IN_FLIGHT_PER_JOB,
    workerData: {configFor, resolve, settings},
    async write(result: BatchResult) {
      summary.documents += result.documents
      summary.dropped += result.dropped
      summary.errors += result.errors
      written += result.documents + result.errors
      progress.update(written, summary.bytes)
      const stream = output!.stream as NodeJS.WritableStream & {errored?: Error | null}
      // Writing to a destroyed stream would wait for a 'drain' that never comes.
      if (stream.errored) throw stream.errored
      if (result.out && !stream.write(result.out)) await once(stream, 'drain')
    }
  })

  let batch: Item[] = []
  let batchBytes = 0
  let readerGone = false
  try {
    try {
      for await (const item of readInputs(options.inputs, {...readOptions, extensions: options.extensions, onRead: (bytes) => progress.read(bytes)})) {
        batch.push(item)
        batchBytes += item.bytes
        summary.bytes += item.bytes
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_DOCUMENTS) {
          await pool.push(batch)
          batch = []
          batchBytes = 0
        }
      }
      if (batch.length > 0) await pool.push(batch)
    } finally {
      await pool.close()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
    // The reader of the output has gone (`… | head`): stop as a Unix filter does, without a summary.
    readerGone = true
  } finally {
    progress.stop()
    await output!.close()
  }
  summary.seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (!options.quiet && !readerGone) io.stderr.write(formatSummary(summary) + '\n')
  if (problems > 0) return 2
  return options.strict && summary.errors > 0 ? 1 : 0
}

/** `scrapelint corpus: 120 documents (3 dropped), 1 error; 0.6 MB in 0.4 s, 1.50 MB/s; CPU 0.7 s; peak RSS 140 MB` */
export function formatSummary(summary: CorpusSummary): string {
  const mb = summary.bytes / 1e6
  const speed = summary.seconds > 0 ? mb / summary.seconds : 0
  const usage = process.resourceUsage()
  const rss = usage.maxRSS / 1024
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6
  return (
    `scrapelint corpus: ${summary.documents} documents (${summary.dropped} dropped), ${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}; ` +
    `${mb.toFixed(1)} MB in ${summary.seconds.toFixed(1)} s, ${speed.toFixed(2)} MB/s; CPU ${cpu.toFixed(1)} s; peak RSS ${rss.toFixed(0)} MB`
  )
}

/** First pass of `--learn-boilerplate`: count each site's lines over all inputs. */
async function learnBoilerplate(options: CorpusOptions, readOptions: Parameters<typeof readInputs>[1]): Promise<BoilerplateTable> {
  const learner = new BoilerplateLearner()
  for await (const item of readInputs(options.inputs, {...readOptions, onProblem() {}})) {
    if (item.kind === 'file') learner.add(item.site, item.text)
    if (item.kind !== 'line') continue
    let record: Record<string, unknown>
    try {
      record = JSON.parse(item.raw) as Record<string, unknown>
    } catch {
      continue
    }
    const text = record?.[options.textField]
    const site = siteOfUrl(record?.[options.urlField])
    if (typeof text === 'string' && site !== undefined) learner.add(site, text)
  }
  return learner.table()
}

interface Output {
  stream: NodeJS.WritableStream
  close(): Promise<void>
}

/** stdout, or a file (gzipped when its name ends in `.gz`), created with its directory; a path that cannot be written is a usage error. */
async function openOutput(target: string | undefined, io: CliIo): Promise<Output> {
  if (target === undefined || target === '-') {
    // Without a listener an EPIPE (`| head`) is an uncaught exception; the next write reports it instead.
    io.stdout.on('error', () => {})
    return {stream: io.stdout, close: async () => {}}
  }
  const file = path.resolve(io.cwd, target)
  await usableOutput(file, `--output ${target}`)
  const handle = await fs.open(file, 'w').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`--output ${target}: cannot write it (${error.code ?? error.message})`)
  })
  const stream = handle.createWriteStream()
  if (!target.endsWith('.gz')) {
    return {stream, close: () => new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))}
  }
  const gzip = createGzip()
  gzip.pipe(stream)
  return {
    stream: gzip,
    async close() {
      const finished = once(stream, 'close')
      gzip.end()
      await finished
    }
  }
}

/** `prepareOutputFile`, its problem as a usage error. */
async function usableOutput(file: string, what: string): Promise<void> {
  await prepareOutputFile(file, what).catch((error: Error) => {
    throw new ConfigError(error.message)
  })
}

/** Writing the output over an input would truncate it before it is read: refused. */
async function refuseOverwritingInput(options: CorpusOptions, cwd: string): Promise<void> {
  if (options.output === undefined || options.output === '-') return
  const files = options.inputs.filter((input) => input !== '-').map((input) => path.resolve(cwd, input))
  if (await isOneOf(path.resolve(cwd, options.output), files)) {
    throw new ConfigError(`--output ${options.output} is also an input; write the output to another file`)
  }
}
