import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {run, workspace} from './run.js'

const DAMAGED = 'See also\u00a0 the report,, then the the end.\n'
const CLEAN = 'A clean sentence with nothing to report.\n'

test('exit 0 with warnings, stylish report names file, position and rule', () => {
  const dir = workspace({'a.txt': DAMAGED})
  const {code, stdout} = run(['a.txt'], {cwd: dir})
  assert.equal(code, 0)
  assert.match(stdout, /^a\.txt$/m)
  assert.match(stdout, /1:9-1:10\s+warning\s+No-break space \(U\+00A0\); remove it\s+invisible-characters/)
  assert.match(stdout, /3 problems can be fixed with `--fix`\./)
})

test('exit 1 on errors (--rule) and on too many warnings', () => {
  const dir = workspace({'a.txt': DAMAGED})
  assert.equal(run(['--rule', 'doubled-punctuation:error', 'a.txt'], {cwd: dir}).code, 1)
  const tooMany = run(['--max-warnings', '2', 'a.txt'], {cwd: dir})
  assert.equal(tooMany.code, 1)
  assert.match(tooMany.stderr, /too many warnings \(3\); the maximum allowed is 2/)
  assert.equal(run(['--max-warnings', '3', 'a.txt'], {cwd: dir}).code, 0)
  // -1 (no limit) as ESLint spells it, though it starts with a dash.
  assert.equal(run(['--max-warnings', '-1', 'a.txt'], {cwd: dir}).code, 0)
  assert.equal(run(['--rule', 'doubled-punctuation:off', '--rule', 'invisible-characters:off', '--rule', 'repeated-words:off', '--max-warnings', '0', 'a.txt'], {cwd: dir}).code, 0)
})

test('--quiet shows errors only', () => {
  const dir = workspace({'a.txt': DAMAGED})
  const {stdout, code} = run(['--quiet', '--rule', 'repeated-words:error', 'a.txt'], {cwd: dir})
  assert.equal(code, 1)
  assert.match(stdout, /repeated-words/)
  assert.doesNotMatch(stdout, /invisible-characters/)
  assert.doesNotMatch(stdout, /Quality score/)
})

test('JSON output follows the contract', () => {
  const dir = workspace({'a.txt': DAMAGED, 'b.txt': CLEAN, 'c.txt': 'It ended,. Then'})
  const {code, stdout} = run(['--format', 'json', 'a.txt', 'b.txt', 'c.txt'], {cwd: dir})
  assert.equal(code, 0)
  const results = JSON.parse(stdout)
  assert.deepEqual(results.map((result: {filePath: string}) => result.filePath), ['a.txt', 'b.txt', 'c.txt'])
  const [a, b, c] = results
  assert.deepEqual(Object.keys(a).sort(), ['errorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'score', 'stats', 'warningCount'])
  assert.deepEqual(a.stats, {
    words: 8,
    sentences: 1,
    categories: {
      duplicate: {count: 1, per1000Words: 125, sentences: 1, sentenceShare: 1},
      punctuation: {count: 1, per1000Words: 125, sentences: 1, sentenceShare: 1},
      whitespace: {count: 1, per1000Words: 125, sentences: 1, sentenceShare: 1}
    }
  })
  assert.deepEqual([a.errorCount, a.warningCount, a.fixableErrorCount, a.fixableWarningCount], [0, 3, 0, 3])
  assert.deepEqual(a.messages[0], {
    ruleId: 'invisible-characters',
    category: 'whitespace',
    severity: 1,
    message: 'No-break space (U+00A0); remove it',
    line: 1,
    column: 9,
    endLine: 1,
    endColumn: 10,
    fix: {range: [8, 9], text: ''},
    url: 'https://github.com/scrapelint/scrapelint/blob/main/docs/rules/invisible-characters.md'
  })
  assert.deepEqual(b.messages, [])
  // A suggestion is not a fix: it goes in `suggestions`.
  assert.equal(c.messages[0].fix, undefined)
  assert.deepEqual(c.messages[0].suggestions, [{desc: 'Replace with “.”', fix: {range: [8, 10], text: '.'}}])
  assert.equal(c.fixableWarningCount, 0)
})

test('--fix-dry-run adds "output" and writes nothing', () => {
  const dir = workspace({'a.txt': DAMAGED})
  const [result] = JSON.parse(run(['--fix-dry-run', '--format', 'json', 'a.txt'], {cwd: dir}).stdout)
  assert.equal(result.output, 'See also the report, then the end.\n')
  assert.deepEqual(result.messages, [])
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), DAMAGED)
})

test('--fix writes atomically, keeps BOM and CRLF, and a second run finds nothing fixable', () => {
  const dir = workspace({'a.txt': '\ufeffOne,, two\r\nthree  four. .\r\n', 'sub/b.md': DAMAGED})
  const first = run(['--fix', '.'], {cwd: dir})
  assert.equal(first.code, 0, first.stderr)
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), '\ufeffOne, two\r\nthree four.\r\n')
  assert.equal(readFileSync(path.join(dir, 'sub/b.md'), 'utf8'), 'See also the report, then the end.\n')
  assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), [])
  const [again] = JSON.parse(run(['--format', 'json', 'a.txt'], {cwd: dir}).stdout)
  assert.equal(again.fixableWarningCount + again.fixableErrorCount, 0)
})

test('--unsafe also applies suggestions; it needs --fix', () => {
  const dir = workspace({'c.txt': 'It ended,. Then'})
  run(['--fix', 'c.txt'], {cwd: dir})
  assert.equal(readFileSync(path.join(dir, 'c.txt'), 'utf8'), 'It ended,. Then')
  run(['--fix', '--unsafe', 'c.txt'], {cwd: dir})
  assert.equal(readFileSync(path.join(dir, 'c.txt'), 'utf8'), 'It ended. Then')
  assert.equal(run(['--unsafe', 'c.txt'], {cwd: dir}).code, 2)
})

test('--stdin lints standard input; --stdin-filename names it', () => {
  const json = run(['--stdin', '--stdin-filename', 'page.txt', '--format', 'json'], {input: DAMAGED})
  assert.equal(json.code, 0)
  assert.equal(JSON.parse(json.stdout)[0].filePath, 'page.txt')
  assert.equal(JSON.parse(run(['--stdin', '--format', 'json'], {input: CLEAN}).stdout)[0].filePath, '<stdin>')
})

test('--stdin --fix prints the fixed text (with its BOM) and reports to stderr', () => {
  const {code, stdout, stderr} = run(['--stdin', '--fix'], {input: '\ufeffa,, b\r\nc  d\r\nIt ended,. Then\r\n'})
  assert.equal(code, 0)
  assert.equal(stdout, '\ufeffa, b\r\nc d\r\nIt ended,. Then\r\n')
  assert.match(stderr, /doubled-punctuation/)
})

test('directories are searched by extension; node_modules and dot directories are skipped', () => {
  const dir = workspace({'docs/a.txt': DAMAGED, 'docs/b.md': DAMAGED, 'docs/c.html': DAMAGED, 'docs/node_modules/x.txt': DAMAGED, 'docs/.hidden/y.txt': DAMAGED})
  const files = JSON.parse(run(['--format', 'json', 'docs'], {cwd: dir}).stdout).map((result: {filePath: string}) => result.filePath)
  assert.deepEqual(files, [path.join('docs', 'a.txt'), path.join('docs', 'b.md')])
  const withExt = JSON.parse(run(['--format', 'json', '--ext', 'html', 'docs'], {cwd: dir}).stdout)
  assert.equal(withExt.length, 1)
})

test('glob patterns', () => {
  const dir = workspace({'x/one.txt': DAMAGED, 'x/two.txt': CLEAN, 'x/three.md': CLEAN})
  const files = JSON.parse(run(['--format', 'json', 'x/*.txt'], {cwd: dir}).stdout).map((result: {filePath: string}) => result.filePath)
  assert.deepEqual(files, ['x/one.txt', 'x/two.txt'])
})

test('bad input: one-line errors, exit 2, the other files are still linted', () => {
  const dir = workspace({
    'good.txt': DAMAGED,
    'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]),
    'latin1.txt': Buffer.from('caf\xe9 au lait\n', 'latin1'),
    'utf16.txt': Buffer.from('\ufeffhello', 'utf16le'),
    'empty-dir/readme.pdf': 'x'
  })
  const {code, stdout, stderr} = run(['--format', 'json', 'good.txt', 'missing.txt', 'binary.txt', 'latin1.txt', 'utf16.txt', 'empty-dir'], {cwd: dir})
  assert.equal(code, 2)
  const lines = stderr.trim().split('\n')
  assert.deepEqual(lines, [
    'scrapelint: error: missing.txt: no such file or directory',
    'scrapelint: error: empty-dir: no text files (.txt, .text, .md) in this directory',
    'scrapelint: error: binary.txt: binary file (contains NUL bytes); not linted',
    'scrapelint: error: latin1.txt: invalid UTF-8 at byte 3 (line 1); not linted',
    'scrapelint: error: utf16.txt: file is UTF-16 encoded; convert it to UTF-8'
  ])
  const results = JSON.parse(stdout)
  assert.deepEqual(results.map((result: {filePath: string}) => result.filePath), ['good.txt'])
  assert.equal(results[0].warningCount, 3)
})

test('--fix on a failed run writes nothing', () => {
  const dir = workspace({'good.txt': DAMAGED, 'bad.txt': Buffer.from([0xff, 0xfe, 0x41])})
  const {code, stderr} = run(['--fix', 'good.txt', 'bad.txt'], {cwd: dir})
  assert.equal(code, 2)
  assert.match(stderr, /no file was changed because of the errors above/)
  assert.equal(readFileSync(path.join(dir, 'good.txt'), 'utf8'), DAMAGED)
})

test('oversized files are skipped with the limit named', () => {
  const dir = workspace({'big.txt': 'x'.repeat(2048)})
  const {code, stderr} = run(['--max-file-size', '1KB', 'big.txt'], {cwd: dir})
  assert.equal(code, 2)
  assert.match(stderr, /big\.txt: file is 2\.0 KB, over the 1\.0 KB limit/)
})

test('usage errors: unknown rule, unknown flag, bad severity, bad format, no input', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--rule', 'doubled-punctuations:off', 'x.txt'], /--rule doubled-punctuations:off: unknown rule "doubled-punctuations" \(did you mean "doubled-punctuation"\?\)/],
    [['--fixx', 'x.txt'], /unknown option --fixx \(did you mean "--fix"\?\)/],
    [['--rule', 'repeated-words:loud', 'x.txt'], /invalid severity "loud"/],
    [['--format', 'xml', 'x.txt'], /unknown format "xml"/],
    [['--rule', 'irregular-spacing:["warn",{"trailing":false}]', 'x.txt'], /one ID:off\|warn\|error per --rule; set rule options in a config file/],
    [['--fix', '--fix-dry-run', 'x.txt'], /give either --fix \(write the fixes\) or --fix-dry-run \(only show them\), not both/],
    [[], /no files given/]
  ]
  for (const [args, pattern] of cases) {
    const {code, stderr, stdout} = run(args)
    assert.equal(code, 2, args.join(' '))
    assert.match(stderr, pattern)
    assert.equal(stderr.trim().split('\n').length, 1)
    assert.equal(stdout, '')
  }
})

test('--help and --version', () => {
  const help = run(['--help'])
  assert.equal(help.code, 0)
  assert.match(help.stdout, /Usage: scrapelint/)
  const version = run(['--version'])
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version)
})

test('colour: off with NO_COLOR and --no-color, on with --color', () => {
  const dir = workspace({'a.txt': DAMAGED})
  assert.doesNotMatch(run(['a.txt'], {cwd: dir}).stdout, /\u001b\[/)
  assert.match(run(['--color', 'a.txt'], {cwd: dir}).stdout, /\u001b\[/)
  assert.doesNotMatch(run(['--no-color', 'a.txt'], {cwd: dir, env: {NO_COLOR: ''}}).stdout, /\u001b\[/)
})
