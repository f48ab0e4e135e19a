/**
 * Start-up for the `scrapelint` binary. A git hook or an editor's save action
 * starts a new process for every run, so the build also writes the lint
 * command as one CommonJS bundle (`main.bundle.cjs`, see scripts/bundle.ts)
 * with a V8 code cache made from a real run over `examples/`, and this module
 * loads that when it is there (src/util/code-cache.ts): the functions a lint
 * needs come out of the cache already compiled.
 *
 * Without a bundle, with one older than the modules beside it (in a source
 * checkout: tsc ran again), or with SCRAPELINT_NO_BUNDLE=1, the modules in
 * dist/src are imported as they are. `lsp` always uses the modules: the
 * server is long-lived. `corpus` runs its main thread from the bundle too
 * (its workers have a bundle of their own, see src/corpus/worker-entry.ts).
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {codeCacheFile, isStaleBundle, loadBundle, type CodeCacheStatus} from '../util/code-cache.js'

export {codeCacheFile}

export type Main = (argv: string[]) => Promise<number>

export interface LoadedCli {
  main: Main
  /** `bundle`: main.bundle.cjs; `modules`: dist/src/cli/main.js and its imports. */
  source: 'bundle' | 'modules'
  /** Whether compiled code came from the cache (`none`: no cache file for this bundle and Node). */
  codeCache: CodeCacheStatus | 'unused'
  /** Writes a code cache of everything compiled so far (for the build's training run). */
  writeCodeCache(): string | undefined
}

export interface LoadOptions {
  bundle?: string
  cacheDirectory?: string
  env?: NodeJS.ProcessEnv
}

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const BUNDLE = path.join(HERE, 'main.bundle.cjs')
export const CACHE_DIRECTORY = path.join(HERE, 'main.bundle.cache')

/** Commands that run on the plain modules. */
const MODULE_COMMANDS = new Set(['lsp'])

async function loadModules(): Promise<LoadedCli> {
  const {main} = (await import('./main.js')) as {main: Main}
  return {main, source: 'modules', codeCache: 'unused', writeCodeCache: () => undefined}
}

/** The CLI's `main`, from the bundle and its code cache when possible. */
export async function loadCli(argv: readonly string[], options: LoadOptions = {}): Promise<LoadedCli> {
  const env = options.env ?? process.env
  const bundle = options.bundle ?? BUNDLE
  if (env.SCRAPELINT_NO_BUNDLE || MODULE_COMMANDS.has(argv[0] ?? '')) return loadModules()
  if (isStaleBundle(bundle, path.join(path.dirname(bundle), 'main.js'))) return loadModules()
  const loaded = loadBundle<{main?: Main}>(bundle, options.cacheDirectory ?? CACHE_DIRECTORY)
  if (!loaded) return loadModules()
  const {main} = loaded.exports
  if (typeof main !== 'function') throw new Error(`${bundle} does not export main`)
  return {main, source: 'bundle', codeCache: loaded.codeCache, writeCodeCache: () => loaded.writeCodeCache()}
}

/** Runs the CLI; with SCRAPELINT_WRITE_CODE_CACHE set, writes the code cache after the run. */
export async function launch(argv: string[]): Promise<number> {
  // `corpus` stops its workers itself when its reader goes.
  if (argv[0] !== 'corpus') process.stdout.on('error', stopOnClosedPipe)
  const cli = await loadCli(argv)
  const code = await cli.main(argv)
  if (process.env.SCRAPELINT_WRITE_CODE_CACHE) cli.writeCodeCache()
  return code
}

/**
 * A reader that stops early (`scrapelint … | head`) closes the pipe; without
 * a listener the next write ends the process with a stack trace. Stop
 * quietly instead, as Unix filters do, with the verdict when there is one.
 */
function stopOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
}
