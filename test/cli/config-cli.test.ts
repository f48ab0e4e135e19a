/**
 * The CLI's configuration surface: config files, --print-config, scores and
 * --min-score, directives, and --cache.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {LintCache} from '../../src/cli/cache.js'
import {resolveConfigForFile} from '../../src/config/resolve.js'
import {packageVersion} from '../../src/util/package.js'
import {run, workspace} from './run.js'

const DAMAGED = 'See also\u00a0 the report,, then the the end.\n'
const CLEAN = 'A clean sentence with nothing to report.\n'

test('config files drive the CLI; --rule wins over them; --no-config and --config', () => {
  const dir = workspace({'.scrapelintrc.json': JSON.stringify({rules: {'repeated-words': 'error'}}), 'a.txt': DAMAGED, 'ci.yaml': 'extends: recommended\n'})
  assert.equal(run(['a.txt'], {cwd: dir}).code, 1)
  assert.equal(run(['--rule', 'repeated-words:warn', 'a.txt'], {cwd: dir}).code, 0)
  assert.equal(run(['--no-config', 'a.txt'], {cwd: dir}).code, 0)
  assert.equal(run(['--config', 'ci.yaml', 'a.txt'], {cwd: dir}).code, 0)
})

test('stdin is configured as the file named by --stdin-filename', () => {
  const dir = workspace({'.scrapelintrc.json': JSON.stringify({overrides: [{files: '*.md', rules: {'repeated-words': 'error'}}]})})
  assert.equal(run(['--stdin', '--stdin-filename', 'post.md'], {cwd: dir, input: DAMAGED}).code, 1)
  assert.equal(run(['--stdin', '--stdin-filename', 'post.txt'], {cwd: dir, input: DAMAGED}).code, 0)
})

test('stdin named like an ignored file is not linted; with --fix it passes through unchanged', () => {
  const dir = workspace({'.scrapelintignore': 'drafts/\n'})
  const linted = run(['--stdin', '--stdin-filename', 'drafts/post.txt', '--rule', 'repeated-words:error'], {cwd: dir, input: DAMAGED})
  assert.equal(linted.code, 0)
  assert.equal(linted.stdout, '')
  assert.equal(linted.stderr, 'scrapelint: drafts/post.txt is ignored (an ignore file or pattern matches it); not linted\n')
  const fixed = run(['--stdin', '--stdin-filename', 'drafts/post.txt', '--fix'], {cwd: dir, input: DAMAGED})
  assert.equal(fixed.stdout, DAMAGED)
})

test('--print-config shows the resolved configuration of a file', () => {
  const dir = workspace({
    '.scrapelintrc.json': JSON.stringify({extends: 'strict', allow: ['eBay'], maxFileSize: '1MB', overrides: [{files: '*.md', rules: {'irregular-spacing': ['error', {trailing: false}]}}]}),
    '.scrapelintignore': 'drafts/\n'
  })
  const {code, stdout} = run(['--print-config', 'docs/page.md', '--rule', 'repeated-words:off'], {cwd: dir})
  assert.equal(code, 0)
  const printed = JSON.parse(stdout)
  assert.equal(printed.filePath, path.join(dir, 'docs/page.md'))
  assert.equal(printed.configFile, path.join(dir, '.scrapelintrc.json'))
  assert.deepEqual(printed.presets, ['strict'])
  assert.deepEqual(printed.rules['irregular-spacing'], ['error', {doubled: true, trailing: false, beforePunctuation: true}])
  assert.deepEqual(printed.rules['repeated-words'], ['off', {}])
  assert.deepEqual([printed.allow, printed.maxFileSize, printed.ignored], [['eBay'], 1024 * 1024, false])
  assert.equal(JSON.parse(run(['--print-config', 'drafts/x.txt'], {cwd: dir}).stdout).ignored, true)
  assert.deepEqual(JSON.parse(run(['--print-config', 'a.txt', '--no-config'], {cwd: dir}).stdout).presets, ['recommended'])
})

test('scores: in JSON, in the stylish summary; --min-score gates the exit code', () => {
  const dir = workspace({'a.txt': DAMAGED, 'b.txt': CLEAN})
  const [a, b] = JSON.parse(run(['--format', 'json', 'a.txt', 'b.txt'], {cwd: dir}).stdout)
  assert.ok(a.score < 50, `damaged: ${a.score}`)
  assert.equal(b.score, 100)
  const stylish = run(['a.txt', 'b.txt'], {cwd: dir}).stdout
  assert.match(stylish, new RegExp(`Quality scores: average ${Math.round((a.score + 100) / 2)}/100 over 2 files; lowest ${a.score} a\\.txt, 100 b\\.txt\\.`))
  assert.equal(run(['b.txt'], {cwd: dir}).stdout, '', 'a clean run stays silent')

  const gate = run(['--min-score', '90', 'a.txt', 'b.txt'], {cwd: dir})
  assert.equal(gate.code, 1)
  assert.equal(gate.stderr, `scrapelint: a.txt scores ${a.score}, below --min-score 90.\n`)
  assert.equal(run(['--min-score', String(a.score), 'a.txt'], {cwd: dir}).code, 0)
  assert.equal(run(['--min-score', '101', 'a.txt'], {cwd: dir}).code, 2)
})

test('directives through the CLI; --report-unused-directives makes unused ones errors', () => {
  const dir = workspace({
    'a.md': '<!-- scrapelint-disable-next-line repeated-words -->\nthe the end\n<!-- scrapelint-disable-next-line doubled-punctuation -->\nclean\n'
  })
  assert.deepEqual(JSON.parse(run(['--format', 'json', 'a.md'], {cwd: dir}).stdout)[0].messages, [])
  const reported = run(['--format', 'json', '--report-unused-directives', 'a.md'], {cwd: dir})
  assert.equal(reported.code, 1)
  const [result] = JSON.parse(reported.stdout)
  assert.deepEqual(
    result.messages.map((message: {ruleId: string; line: number}) => [message.ruleId, message.line]),
    [['unused-directive', 3]]
  )
  assert.deepEqual(result.stats.categories, {}, 'directive problems are not findings in the text')
  assert.equal(result.score, 100)
})

test('--cache: a hit skips linting; content, config or rule changes miss', () => {
  const dir = workspace({'package.json': '{}', 'a.txt': DAMAGED, 'b.txt': CLEAN})
  const cacheFile = path.join(dir, 'node_modules/.cache/scrapelint/results.json')
  const lintJson = (args: string[] = []) => JSON.parse(run(['--cache', '--format', 'json', ...args, 'a.txt', 'b.txt'], {cwd: dir}).stdout)
  const first = lintJson()
  // Mark the stored result: seeing the mark proves the next run read it instead of linting.
  const stored = JSON.parse(readFileSync(cacheFile, 'utf8'))
  const entry = stored.entries[path.join(dir, 'a.txt')]
  entry.messages[0].reason = 'FROM CACHE'
  writeFileSync(cacheFile, JSON.stringify(stored))
  assert.equal(lintJson()[0].messages[0].message, 'FROM CACHE', 'hit')
  assert.deepEqual(lintJson()[1], first[1])

  writeFileSync(path.join(dir, 'a.txt'), DAMAGED + 'More text.\n')
  assert.equal(lintJson()[0].messages[0].message, 'No-break space (U+00A0); remove it', 'content changed: miss')

  const marked = JSON.parse(readFileSync(cacheFile, 'utf8'))
  marked.entries[path.join(dir, 'a.txt')].messages[0].reason = 'FROM CACHE'
  writeFileSync(cacheFile, JSON.stringify(marked))
  assert.equal(lintJson(['--rule', 'repeated-words:error'])[0].messages[0].message, 'No-break space (U+00A0); remove it', 'rules changed: miss')
  writeFileSync(cacheFile, JSON.stringify(marked))
  writeFileSync(path.join(dir, '.scrapelintrc.json'), JSON.stringify({allow: ['eBay']}))
  assert.equal(lintJson()[0].messages[0].message, 'No-break space (U+00A0); remove it', 'config changed: miss')
})

test('--cache with --fix: a cached result with fixes to apply does not stand in for fixing', () => {
  const dir = workspace({'package.json': '{}', 'a.txt': DAMAGED})
  run(['--cache', 'a.txt'], {cwd: dir})
  assert.equal(run(['--cache', '--fix', 'a.txt'], {cwd: dir}).code, 0)
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'See also the report, then the end.\n')
})

test('cache keys: content and fingerprint; the fingerprint holds the version', async () => {
  assert.notEqual(LintCache.key('text', 'a'), LintCache.key('text', 'b'))
  assert.notEqual(LintCache.key('text', 'a'), LintCache.key('text2', 'a'))
  const dir = workspace({})
  const {fingerprint} = await resolveConfigForFile('a.txt', {cwd: dir})
  assert.equal(JSON.parse(fingerprint).version, packageVersion())
})
