/**
 * A worker thread of the corpus pool: resolves the run's configuration once
 * (rules cannot be sent between threads), then lints batches of documents.
 */
import {workerData} from 'piscina'
import {resolveConfigForFile, type ResolveOptions} from '../config/resolve.js'
import {DocumentProcessor, type BatchResult, type DocumentSettings} from './document.js'
import type {Item} from './input.js'

export interface WorkerData {
  /** The file the configuration is resolved for (one configuration per run). */
  configFor: string
  resolve: ResolveOptions
  settings: DocumentSettings
}

const data = workerData as WorkerData
const config = await resolveConfigForFile(data.configFor, data.resolve)
const processor = new DocumentProcessor(config.setup, data.settings)

export default function lintBatch(items: Item[]): BatchResult {
  return processor.batch(items)
}
