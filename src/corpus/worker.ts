/**
 * A worker thread of the corpus pool: resolves the run's configuration once
 * (rules cannot be sent between threads), then lints batches of documents.
 * Loaded by `worker-entry.ts`, from the worker bundle when there is one.
 */
import {workerData} from 'node:worker_threads'
import {resolveConfigForFile, type ResolveOptions} from '../config/resolve.js'
import {DocumentProcessor, type BatchResult, type DocumentSettings} from './document.js'
import type {Item} from './input.js'

/** What the pool hands every worker (piscina passes it on as the thread's `workerData`). */
export interface WorkerData {
  /** The file the configuration is resolved for (one configuration per run). */
  configFor: string
  resolve: ResolveOptions
  settings: DocumentSettings
}

let processor: DocumentProcessor | undefined
let starting: Promise<DocumentProcessor> | undefined

async function start(): Promise<DocumentProcessor> {
  const data = workerData as WorkerData
  const config = await resolveConfigForFile(data.configFor, data.resolve)
  return (processor = new DocumentProcessor(config.setup, data.settings))
}

/** Lint a batch; the first one waits for the configuration. */
export default function lintBatch(items: Item[]): BatchResult | Promise<BatchResult> {
  if (processor) return processor.batch(items)
  starting ??= start()
  return starting.then((ready) => ready.batch(items))
}
