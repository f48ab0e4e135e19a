/**
 * Running a CommonJS bundle with a V8 code cache. Node 20's ES module loader
 * spends ~0.3 s resolving and compiling scrapelint's ~300 modules in every
 * new process or worker thread; a bundle made by esbuild at build time (see
 * scripts/bundle.ts) and run from a code cache made from a real run starts
 * with the functions it needs already compiled.
 *
 * The cache is used only with the exact bundle it was made from (its file name
 * carries the bundle's SHA-256) and the same Node version; V8 itself rejects it
 * when the flags differ. Anything missing or rejected falls back to compiling.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

export type CodeCacheStatus = 'accepted' | 'rejected' | 'none'

export interface LoadedBundle<T> {
  exports: T
  /** Whether compiled code came from the cache (`none`: no cache file for this bundle and Node). */
  codeCache: CodeCacheStatus
  /** Writes a code cache of everything compiled so far (for the build's training run); returns its file. */
  writeCodeCache(): string
}

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
 * Whether `bundle` is older than `entry`, the module it was bundled from: in a
 * source checkout tsc ran again since, and the modules are the code to run.
 * Only in a source checkout (where src/ sits beside dist/): an installed
 * package's files all get the time they were unpacked, in no useful order.
 */
export function isStaleBundle(bundle: string, entry: string): boolean {
  const dist = path.dirname(path.dirname(path.dirname(entry)))
  if (!existsSync(path.join(dist, '..', 'src'))) return false
  try {
    return statSync(bundle).mtimeMs < statSync(entry).mtimeMs
  } catch {
    return false
  }
}

/**
 * Run `bundle` (a CommonJS file) with its code cache from `cacheDirectory`;
 * undefined when there is no bundle. The bundle's own `import()` goes through
 * `__scrapelintImport` (see src/util/import-module.ts).
 */
export function loadBundle<T>(bundle: string, cacheDirectory: string): LoadedBundle<T> | undefined {
  const source = readOrUndefined(bundle)?.toString('utf8')
  if (source === undefined) return undefined
  const cacheFile = codeCacheFile(cacheDirectory, source)
  const cachedData = readOrUndefined(cacheFile)
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __scrapelintImport) {${source}\n})`, {
    filename: bundle,
    cachedData
  })
  const module = {exports: {} as T}
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  // Node 20 cannot serve a vm script's own import() once its code comes from a cache: the bundle gets this one.
  const importModule = (specifier: string) => import(specifier)
  wrapper(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), importModule)
  return {
    exports: module.exports,
    codeCache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted',
    writeCodeCache() {
      mkdirSync(path.dirname(cacheFile), {recursive: true})
      const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
      writeFileSync(temporary, script.createCachedData())
      renameSync(temporary, cacheFile)
      return cacheFile
    }
  }
}
