/**
 * The last build step (`npm run build` runs it after tsc): bundles the lint
 * command into `dist/src/cli/main.bundle.cjs` and the corpus worker into
 * `dist/src/corpus/worker.bundle.cjs` with esbuild, and makes each one's V8
 * code cache from a training run over `examples/` (see src/util/code-cache.ts
 * for why).
 *
 * Left out of the bundles and loaded from node_modules when needed: the LSP
 * server (long-lived, it runs on the plain modules), piscina (it starts its
 * workers from a file beside its own module), YAML and plugin resolution
 * (only for some configs) and iconv-lite (only for mojibake).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {build} from 'esbuild'
import {BUNDLE, CACHE_DIRECTORY} from '../src/cli/launch.js'
import {WORKER_BUNDLE, WORKER_CACHE_DIRECTORY} from '../src/corpus/worker-entry.js'
import {codeCacheFile} from '../src/util/code-cache.js'
import {packageRoot} from '../src/util/package.js'

/** Bundle `entry` (a module beside `outfile`, so paths made from import.meta.url stay right) as CommonJS. */
async function bundle(entry: string, outfile: string, external: string[]): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    // Not minified: stack traces keep their names, and with the code cache the size hardly matters.
    minify: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: [...external, 'iconv-lite', 'yaml', 'import-meta-resolve'],
    define: {'import.meta.url': '__bundleUrl'},
    banner: {js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;"},
    logLevel: 'warning'
  })
}

/** Run scrapelint with `args` to make the code cache of `outfile` in `cacheDirectory`; exits on failure. */
function train(args: string[], outfile: string, cacheDirectory: string): string {
  rmSync(cacheDirectory, {recursive: true, force: true})
  const training = spawnSync(process.execPath, [path.join(packageRoot, 'bin', 'scrapelint.js'), ...args], {
    cwd: packageRoot,
    env: {...process.env, SCRAPELINT_WRITE_CODE_CACHE: '1', SCRAPELINT_NO_BUNDLE: ''},
    encoding: 'utf8'
  })
  const cacheFile = codeCacheFile(cacheDirectory, readFileSync(outfile, 'utf8'))
  if (training.status === 2 || training.status === null || !existsSync(cacheFile)) {
    process.stderr.write(`bundle: the code-cache run for ${path.basename(outfile)} failed (exit ${training.status}):\n${training.stderr}\n`)
    process.exit(1)
  }
  return cacheFile
}

const cli = path.dirname(BUNDLE)
// piscina stays in node_modules: it starts its workers from a file beside its own module.
await bundle(path.join(cli, 'main.js'), BUNDLE, ['../lsp/main.js', 'piscina'])
await bundle(path.join(path.dirname(WORKER_BUNDLE), 'worker.js'), WORKER_BUNDLE, [])
// The training runs: every rule on damaged text, with fixes, so most lint code is compiled when a cache is taken.
// The corpus run comes first: its main thread (the CLI bundle too) also writes the CLI's cache, with the
// V8 flags it sets for its workers, and V8 rejects a cache made under other flags. The lint run then
// replaces that cache with one made under the default flags.
const workerCache = train(['corpus', '--preset', 'strict', '--fix', '--jobs', '1', '--quiet', '--no-config', 'examples/'], WORKER_BUNDLE, WORKER_CACHE_DIRECTORY)
const cliCache = train(['--fix-dry-run', '--format', 'json', '--no-config', 'examples/'], BUNDLE, CACHE_DIRECTORY)
for (const [outfile, cacheFile] of [[BUNDLE, cliCache], [WORKER_BUNDLE, workerCache]]) {
  process.stdout.write(`bundle: ${path.relative(packageRoot, outfile)} and its code cache ${path.relative(packageRoot, cacheFile)}\n`)
}
