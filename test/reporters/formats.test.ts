/**
 * Each output format through the real CLI: compact, github, sarif (checked
 * against the SARIF 2.1.0 JSON schema), diff (applied with the real `patch`)
 * and --output-file.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {Ajv, addFormats} from './ajv.js'
import {run, workspace} from '../cli/run.js'

const DAMAGED = 'See also\u00a0 the report,, then the the end.\n'
const ODD_NAME = 'notes, 50% off #1.txt'

test('compact: file:line:col: severity message [rule]', () => {
  const dir = workspace({'a.txt': DAMAGED})
  const {code, stdout} = run(['--format', 'compact', '--rule', 'repeated-words:error', 'a.txt'], {cwd: dir})
  assert.equal(code, 1)
  assert.equal(
    stdout,
    [
      'a.txt:1:9: warning No-break space (U+00A0); remove it [invisible-characters]',
      'a.txt:1:21: warning Doubled `,`; use one [doubled-punctuation]',
      'a.txt:1:29: error Repeated word “the”; remove one [repeated-words]',
      ''
    ].join('\n')
  )
  assert.equal(run(['--format', 'compact', '--quiet', '--rule', 'repeated-words:error', 'a.txt'], {cwd: dir}).stdout.split('\n').length, 2)
})

test('github: workflow commands with escaped properties', () => {
  const dir = workspace({[ODD_NAME]: 'a,, b\n'})
  const {stdout} = run(['--format', 'github', ODD_NAME], {cwd: dir})
  assert.equal(stdout, '::warning file=notes%2C 50%25 off #1.txt,line=1,col=2,endLine=1,endColumn=4,title=scrapelint (doubled-punctuation)::Doubled `,`; use one\n')
})

test('sarif: valid against the SARIF 2.1.0 schema, with rules, regions and fixes', () => {
  const dir = workspace({'docs/a.txt': DAMAGED, [ODD_NAME]: 'It ended,. Then\n', 'clean.txt': 'Nothing to see.\n'})
  const {code, stdout} = run(['--format', 'sarif', '.'], {cwd: dir})
  assert.equal(code, 0)
  const log = JSON.parse(stdout)

  const require = createRequire(import.meta.url)
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
  // The schema's `language` pattern is not valid with the `u` flag; it predates that check.
  const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats(ajv)
  const validate = ajv.compile(schema)
  assert.ok(validate(JSON.parse(stdout)), JSON.stringify(validate.errors, null, 2))

  const [runLog] = log.runs
  assert.equal(log.version, '2.1.0')
  assert.equal(runLog.tool.driver.name, 'scrapelint')
  assert.deepEqual(
    runLog.tool.driver.rules.map((rule: {id: string; helpUri: string}) => [rule.id, rule.helpUri]),
    ['invisible-characters', 'doubled-punctuation', 'repeated-words'].map((id) => [id, `https://github.com/scrapelint/scrapelint/blob/main/docs/rules/${id}.md`])
  )
  const [first] = runLog.results
  assert.deepEqual(first.locations[0].physicalLocation, {
    artifactLocation: {uri: 'docs/a.txt', uriBaseId: '%SRCROOT%'},
    region: {startLine: 1, startColumn: 9, endLine: 1, endColumn: 10}
  })
  assert.deepEqual(first.fixes[0].artifactChanges[0].replacements, [{deletedRegion: {startLine: 1, startColumn: 9, endLine: 1, endColumn: 10}, insertedContent: {text: ''}}])
  const suggestion = runLog.results.find((result: {ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => result.locations[0].physicalLocation.artifactLocation.uri.startsWith('notes'))
  assert.equal(suggestion.locations[0].physicalLocation.artifactLocation.uri, 'notes%2C%2050%25%20off%20%231.txt')
  assert.equal(suggestion.fixes[0].description.text, 'Replace with “.”')
})

test('diff: --fix-dry-run --format diff applies with patch -p1 and equals what --fix writes', (context) => {
  if (spawnSync('patch', ['--version']).status !== 0) {
    context.skip('the `patch` command is not installed')
    return
  }
  const files = {'a.txt': '\ufeffOne,, two\r\nthree  four. .\r\nkept\r\n', 'sub/b.md': DAMAGED, 'clean.txt': 'Nothing to see.\n', 'tail.txt': 'no newline,, at end'}
  const dir = workspace(files)
  const {code, stdout} = run(['--fix-dry-run', '--format', 'diff', '.'], {cwd: dir})
  assert.equal(code, 0)
  assert.match(stdout, /^--- a\/a\.txt\n\+\+\+ b\/a\.txt\n@@ /m)
  assert.doesNotMatch(stdout, /clean\.txt/)
  assert.equal(readFileSync(path.join(dir, 'sub/b.md'), 'utf8'), DAMAGED, 'a dry run writes nothing')

  const patched = spawnSync('patch', ['-p1', '--batch', '--no-backup-if-mismatch'], {cwd: dir, input: stdout, encoding: 'utf8'})
  assert.equal(patched.status, 0, patched.stdout + patched.stderr)
  const fixed = workspace(files)
  run(['--fix', '.'], {cwd: fixed})
  for (const name of Object.keys(files)) assert.equal(readFileSync(path.join(dir, name), 'utf8'), readFileSync(path.join(fixed, name), 'utf8'), name)
})

test('diff needs --fix-dry-run', () => {
  const {code, stderr} = run(['--format', 'diff', 'a.txt'])
  assert.equal(code, 2)
  assert.equal(stderr, 'scrapelint: error: --format diff shows what --fix would change: add --fix-dry-run\n')
})

test('--output-file writes the report there (directories created), stdout stays empty', () => {
  const dir = workspace({'a.txt': DAMAGED})
  const {code, stdout} = run(['--format', 'json', '--output-file', 'reports/lint.json', 'a.txt'], {cwd: dir})
  assert.equal(code, 0)
  assert.equal(stdout, '')
  const [result] = JSON.parse(readFileSync(path.join(dir, 'reports/lint.json'), 'utf8'))
  assert.equal(result.warningCount, 3)
  run(['--output-file', 'report.txt', 'a.txt'], {cwd: dir})
  assert.doesNotMatch(readFileSync(path.join(dir, 'report.txt'), 'utf8'), /\u001b\[/, 'no colour codes in a file')
})

test('an --output-file that cannot be written stops the run before any file is fixed (exit 2)', () => {
  const dir = workspace({'a.txt': DAMAGED, 'reports/old.json': ''})
  const {code, stderr} = run(['--fix', '--output-file', 'reports', 'a.txt'], {cwd: dir})
  assert.equal(code, 2)
  assert.equal(stderr, 'scrapelint: error: --output-file reports: cannot write it (EISDIR: it is a directory)\n')
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), DAMAGED)
  const overwrite = run(['--output-file', 'a.txt', 'a.txt'], {cwd: dir})
  assert.equal(overwrite.code, 2)
  assert.equal(overwrite.stderr, 'scrapelint: error: --output-file a.txt is also a file to lint; write the report to another file\n')
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), DAMAGED)
})
