/**
 * Start-up for the `scrapelint` binary. A git hook or an editor's save action
 * starts a new process for every run, and Node 20's ES module loader spends
 * ~0.3 s resolving and compiling the ~300 modules of the CLI before the first
 * line is linted. So the build also writes the lint command as one CommonJS
 * bundle (`main.bundle.cjs`, see scripts/bundle.ts) with a V8 code cache made
 * from a real run over `examples/`, and this module loads that when it is
 * there: the functions a lint needs come out of the cache already compiled.
 *
 * The cache is used only with the exact bundle it was made from (its file name
 * carries the bundle's SHA-256) and the same Node version; V8 itself rejects it
 * when the flags differ. Anything missing or rejected falls back to compiling,
 * and without a bundle, with one older than the modules beside it (in a
 * source checkout: tsc ran again), or with SCRAPELINT_NO_BUNDLE=1, the
 * modules in dist/src are imported as they are. `lsp` and `corpus` always use the modules:
 * they are long-lived, and their workers import the engine modules anyway.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

export type Main = (argv: string[]) => Promise<number>

export interface LoadedCli {
  main: Main
  /** `bundle`: main.bundle.cjs; `modules`: dist/src/cli/main.js and its imports. */
  source: 'bundle' | 'modules'
  /** Whether compiled code came from the cache (`none`: no cache file for this bundle and Node). */
  codeCache: 'accepted' | 'rejected' | 'none' | 'unused'
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
const MODULE_COMMANDS = new Set(['lsp', 'corpus'])

export function codeCacheFile(directory: string, source: string): string {
  const digest = createHash('sha256').update(source).digest('hex').slice(0, 16)
  return path.join(directory, `${digest}-${process.version}-${process.arch}.bin`)
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/**
 * Only in a source checkout (where src/ sits beside dist/): an installed
 * package's files all get the time they were unpacked, in no useful order.
 */
function isOlderThanModules(bundle: string): boolean {
  const modules = path.dirname(bundle)
  if (!existsSync(path.join(modules, '..', '..', '..', 'src', 'cli', 'main.ts'))) return false
  try {
    return statSync(bundle).mtimeMs < statSync(path.join(modules, 'main.js')).mtimeMs
  } catch {
    return false
  }
}

async function loadModules(): Promise<LoadedCli> {
  const {main} = (await import('./main.js')) as {main: Main}
  return {main, source: 'modules', codeCache: 'unused', writeCodeCache: () => undefined}
}

/** The CLI's `main`, from the bundle and its code cache when possible. */
export async function loadCli(argv: readonly string[], options: LoadOptions = {}): Promise<LoadedCli> {
  const env = options.env ?? process.env
  const bundle = options.bundle ?? BUNDLE
  if (env.SCRAPELINT_NO_BUNDLE || MODULE_COMMANDS.has(argv[0] ?? '')) return loadModules()
  // tsc run after the bundle was made leaves it stale: the modules are the code to run then.
  if (isOlderThanModules(bundle)) return loadModules()
  const source = readOrUndefined(bundle)?.toString('utf8')
  if (source === undefined) return loadModules()

  const cacheFile = codeCacheFile(options.cacheDirectory ?? CACHE_DIRECTORY, source)
  const cachedData = readOrUndefined(cacheFile)
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __scrapelintImport) {${source}\n})`, {
    filename: bundle,
    cachedData
  })
  const module = {exports: {} as {main?: Main}}
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  // The bundle's import() of configs, plugins and YAML (see src/util/import-module.ts).
  const importModule = (specifier: string) => import(specifier)
  wrapper(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), importModule)
  if (typeof module.exports.main !== 'function') throw new Error(`${bundle} does not export main`)
  return {
    main: module.exports.main,
    source: 'bundle',
    codeCache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted',
    writeCodeCache() {
      mkdirSync(path.dirname(cacheFile), {recursive: true})
      const temporary = `${cacheFile}.${process.pid}.tmp`
      writeFileSync(temporary, script.createCachedData())
      renameSync(temporary, cacheFile)
      return cacheFile
    }
  }
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
