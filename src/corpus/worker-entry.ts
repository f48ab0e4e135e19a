/**
 * The module each worker of the corpus pool loads: the worker
 * (`worker.ts`) from its bundle and code cache when the build made them
 * (src/util/code-cache.ts; scripts/bundle.ts), else from the modules. Every
 * worker would otherwise spend ~0.3 s of CPU loading ~300 modules, and a run
 * with N jobs pays that N times.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {isStaleBundle, loadBundle, type LoadedBundle} from '../util/code-cache.js'
import type {BatchResult} from './document.js'
import type {Item} from './input.js'

type LintBatch = (items: Item[]) => BatchResult | Promise<BatchResult>

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const WORKER_BUNDLE = path.join(HERE, 'worker.bundle.cjs')
export const WORKER_CACHE_DIRECTORY = path.join(HERE, 'worker.bundle.cache')

async function load(): Promise<{lintBatch: LintBatch; bundle?: LoadedBundle<{default?: LintBatch}>}> {
  if (!process.env.SCRAPELINT_NO_BUNDLE && !isStaleBundle(WORKER_BUNDLE, path.join(HERE, 'worker.js'))) {
    const bundle = loadBundle<{default?: LintBatch}>(WORKER_BUNDLE, WORKER_CACHE_DIRECTORY)
    if (bundle && typeof bundle.exports.default === 'function') return {lintBatch: bundle.exports.default, bundle}
  }
  const {default: lintBatch} = (await import('./worker.js')) as {default: LintBatch}
  return {lintBatch}
}

const {lintBatch, bundle} = await load()
/** How this worker started, for tests: from the bundle (and whether V8 took its code cache) or the modules. */
export const startup = {source: bundle ? 'bundle' : 'modules', codeCache: bundle?.codeCache ?? 'unused'} as const
/** The build's training run (SCRAPELINT_WRITE_CODE_CACHE) saves the cache after each batch: a worker has no last word. */
const training = Boolean(process.env.SCRAPELINT_WRITE_CODE_CACHE) && bundle !== undefined

export default async function run(items: Item[]): Promise<BatchResult> {
  const result = await lintBatch(items)
  if (training) bundle!.writeCodeCache()
  return result
}
