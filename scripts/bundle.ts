/**
 * The last build step (`npm run build` runs it after tsc): bundles the lint
 * command into `dist/src/cli/main.bundle.cjs` with esbuild and makes its V8
 * code cache by linting `examples/` once (see src/cli/launch.ts for why).
 *
 * Left out of the bundle and loaded from node_modules when needed: the
 * corpus and LSP commands (they run on the plain modules), YAML and plugin
 * resolution (only for some configs) and iconv-lite (only for mojibake).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {build} from 'esbuild'
import {BUNDLE, CACHE_DIRECTORY, codeCacheFile} from '../src/cli/launch.js'
import {packageRoot} from '../src/util/package.js'

const entry = path.join(path.dirname(BUNDLE), 'main.js')

await build({
  entryPoints: [entry],
  outfile: BUNDLE,
  bundle: true,
  // Not minified: stack traces keep their names, and with the code cache the size hardly matters.
  minify: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['../corpus/run.js', '../lsp/main.js', 'iconv-lite', 'yaml', 'import-meta-resolve'],
  // The bundle sits beside main.js, so paths made from import.meta.url stay right.
  define: {'import.meta.url': '__bundleUrl'},
  banner: {js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;"},
  logLevel: 'warning'
})

rmSync(CACHE_DIRECTORY, {recursive: true, force: true})
// The training run: every rule on damaged text, with fixes, so most lint code is compiled when the cache is taken.
const training = spawnSync(process.execPath, [path.join(packageRoot, 'bin', 'scrapelint.js'), '--fix-dry-run', '--format', 'json', '--no-config', 'examples/'], {
  cwd: packageRoot,
  env: {...process.env, SCRAPELINT_WRITE_CODE_CACHE: '1', SCRAPELINT_NO_BUNDLE: ''},
  encoding: 'utf8'
})
const cacheFile = codeCacheFile(CACHE_DIRECTORY, readFileSync(BUNDLE, 'utf8'))
if (training.status === 2 || training.status === null || !existsSync(cacheFile)) {
  process.stderr.write(`bundle: the code-cache run failed (exit ${training.status}):\n${training.stderr}\n`)
  process.exit(1)
}
process.stdout.write(`bundle: ${path.relative(packageRoot, BUNDLE)} and its code cache ${path.relative(packageRoot, cacheFile)}\n`)
