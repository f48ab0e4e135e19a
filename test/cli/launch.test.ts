/** The bundled CLI and its code cache (src/cli/launch.ts): same results as the modules, safe fallbacks. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {BUNDLE, codeCacheFile, loadCli} from '../../src/cli/launch.js'
import {run, workspace} from './run.js'

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url))

/** Runs a loaded CLI's main with captured output. */
async function runMain(main: (argv: string[], io?: unknown) => Promise<number>, argv: string[]) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  stdout.on('data', (chunk) => (out += chunk))
  const code = await main(argv, {stdout, stderr, stdin: new PassThrough(), cwd: process.cwd(), env: {NO_COLOR: '1'}})
  return {code, out}
}

test('the build made a bundle whose code cache this Node accepts', async () => {
  const cli = await loadCli(['file.txt'])
  assert.equal(cli.source, 'bundle')
  assert.equal(cli.codeCache, 'accepted')
})

test('the bundle and the modules give the same report and fixes on examples/', () => {
  const args = ['--format', 'json', '--fix-dry-run', '--no-config', EXAMPLES]
  const bundled = run(args)
  const modules = run(args, {env: {SCRAPELINT_NO_BUNDLE: '1'}})
  assert.equal(bundled.code, modules.code)
  assert.ok(JSON.parse(bundled.stdout).length >= 5)
  assert.equal(bundled.stdout, modules.stdout)
  assert.equal(bundled.stderr, modules.stderr)
})

test('through the bundle, JavaScript and YAML configs are imported', () => {
  const js = workspace({'scrapelint.config.js': 'export default {rules: {"repeated-words": "off"}}\n', 'a.txt': 'the the cat sat.\n'})
  assert.equal(run(['a.txt'], {cwd: js}).code, 0)
  assert.equal(run(['a.txt'], {cwd: js, env: {SCRAPELINT_NO_BUNDLE: '1'}}).code, 0)
  const yaml = workspace({'.scrapelintrc.yaml': 'rules:\n  repeated-words: error\n', 'a.txt': 'the the cat sat.\n'})
  const result = run(['a.txt'], {cwd: yaml})
  assert.equal(result.code, 1)
  assert.match(result.stdout, /^1:1-1:8 error Repeated word “the”; remove one +repeated-words/m)
})

test('a damaged code cache is rejected and the bundle still runs', async () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'scrapelint-cache-'))
  writeFileSync(codeCacheFile(directory, readFileSync(BUNDLE, 'utf8')), Buffer.alloc(4096, 7))
  const cli = await loadCli(['a.txt'], {cacheDirectory: directory})
  assert.equal(cli.source, 'bundle')
  assert.equal(cli.codeCache, 'rejected')
  const {code, out} = await runMain(cli.main, ['--version'])
  assert.equal(code, 0)
  assert.match(out, /^\d+\.\d+\.\d+\n$/)
})

test('no cache for this bundle: compiled as usual; no bundle, or the language server: the modules', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'scrapelint-cache-'))
  assert.equal((await loadCli(['a.txt'], {cacheDirectory: empty})).codeCache, 'none')
  const modules = await loadCli(['a.txt'], {bundle: path.join(empty, 'missing.cjs')})
  assert.deepEqual([modules.source, modules.codeCache], ['modules', 'unused'])
  // The language server is long-lived; the corpus command's main thread runs from the bundle too.
  assert.equal((await loadCli(['lsp'])).source, 'modules')
  assert.equal((await loadCli(['corpus'])).source, 'bundle')
  assert.equal((await loadCli(['a.txt'], {env: {SCRAPELINT_NO_BUNDLE: '1'}})).source, 'modules')
})

test('in a source checkout, a bundle older than the modules (tsc ran again) is not used; in an installed package, times do not count', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'scrapelint-stale-'))
  const modules = path.join(root, 'dist', 'src', 'cli')
  mkdirSync(modules, {recursive: true})
  const bundle = path.join(modules, 'main.bundle.cjs')
  writeFileSync(bundle, readFileSync(BUNDLE))
  writeFileSync(path.join(modules, 'main.js'), '')
  const old = new Date(2020, 0, 1)
  utimesSync(bundle, old, old)
  // Installed: npm unpacks files in any order, so an older bundle is still the build's.
  assert.equal((await loadCli(['a.txt'], {bundle, cacheDirectory: root})).source, 'bundle')
  mkdirSync(path.join(root, 'src', 'cli'), {recursive: true})
  writeFileSync(path.join(root, 'src', 'cli', 'main.ts'), '')
  assert.equal((await loadCli(['a.txt'], {bundle})).source, 'modules')
  const later = new Date(Date.now() + 60_000)
  utimesSync(bundle, later, later)
  assert.equal((await loadCli(['a.txt'], {bundle, cacheDirectory: root})).source, 'bundle')
})
