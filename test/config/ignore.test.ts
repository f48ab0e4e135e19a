/** `.scrapelintignore`, `ignorePatterns` in config files and `--ignore-pattern`. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {resolveConfigForFile} from '../../src/config/resolve.js'
import {run, workspace} from '../cli/run.js'

const DAMAGED = 'a,, b\n'
const linted = (stdout: string) => JSON.parse(stdout).map((result: {filePath: string}) => result.filePath)

test('.scrapelintignore: gitignore syntax, relative to its directory, every one on the way up applies', async () => {
  const dir = workspace({
    '.scrapelintignore': '# generated\nbuild/\n*.draft.md\n!keep.draft.md\n',
    'build/out.txt': DAMAGED,
    'docs/a.draft.md': DAMAGED,
    'docs/keep.draft.md': DAMAGED,
    'docs/b.md': DAMAGED,
    'vendor/.scrapelintignore': 'third-party.txt\n',
    'vendor/third-party.txt': DAMAGED,
    'vendor/own.txt': DAMAGED,
    'vendor/x.draft.md': DAMAGED
  })
  const {code, stdout} = run(['--format', 'json', '.'], {cwd: dir})
  assert.equal(code, 0)
  assert.deepEqual(linted(stdout), ['docs/b.md', 'docs/keep.draft.md', 'vendor/own.txt'])
  assert.equal((await resolveConfigForFile('docs/a.draft.md', {cwd: dir})).ignored, true)
  assert.equal((await resolveConfigForFile('docs/b.md', {cwd: dir})).ignored, false)
})

test('ignorePatterns in a config file are relative to that file; --ignore-pattern to the working directory', () => {
  const dir = workspace({
    'site/.scrapelintrc.json': JSON.stringify({ignorePatterns: ['archive/**']}),
    'site/archive/old.txt': DAMAGED,
    'site/new.txt': DAMAGED,
    'site/tmp.txt': DAMAGED,
    'archive/top.txt': DAMAGED
  })
  assert.deepEqual(linted(run(['--format', 'json', '.'], {cwd: dir}).stdout), ['archive/top.txt', 'site/new.txt', 'site/tmp.txt'])
  assert.deepEqual(linted(run(['--format', 'json', '--ignore-pattern', 'tmp.txt', '--ignore-pattern', '/archive', '.'], {cwd: dir}).stdout), ['site/new.txt'])
})

test('an ignored file named on the command line is skipped silently (the git hook passes staged files)', () => {
  const dir = workspace({'.scrapelintignore': 'skip.txt\n', 'skip.txt': DAMAGED})
  const {code, stdout, stderr} = run(['--format', 'json', 'skip.txt'], {cwd: dir})
  assert.deepEqual([code, JSON.parse(stdout), stderr], [0, [], ''])
})
