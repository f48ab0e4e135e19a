/** `scrapelint --staged` and the installed hook, with real git in temporary repositories. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRepo, run, write} from './repo.js'

const BIN = fileURLToPath(new URL('../../../bin/scrapelint.js', import.meta.url))
const DAMAGED = 'He thanked the partners. .\n'
const CLEAN = 'He thanked the partners.\n'
/** Doubled punctuation as an error, so that it blocks commits. */
const CONFIG = JSON.stringify({rules: {'doubled-punctuation': 'error'}})

function scrapelint(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function commit(cwd: string, message = 'change') {
  const result = spawnSync('git', ['commit', '-qm', message], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, output: result.stdout + result.stderr}
}

function repoWithConfig(): string {
  const dir = createRepo()
  write(dir, '.scrapelintrc.json', CONFIG)
  run(dir, 'add', '.')
  run(dir, 'commit', '-qm', 'config')
  return dir
}

test('the installed hook blocks a commit with damage, naming file, line and rule; a clean commit passes', () => {
  const dir = repoWithConfig()
  const installed = scrapelint(dir, 'hook', 'install')
  assert.equal(installed.code, 0)
  assert.match(installed.stdout, /^Installed the scrapelint pre-commit hook: .*\.git\/hooks\/pre-commit$/m)

  write(dir, 'news/story one.txt', DAMAGED)
  run(dir, 'add', '.')
  const blocked = commit(dir)
  assert.notEqual(blocked.code, 0)
  assert.match(blocked.output, /news\/story one\.txt/)
  assert.match(blocked.output, /1:24-1:27\s+error\s+Doubled `\.` \(with a space between\); use one\s+doubled-punctuation/)
  assert.equal(run(dir, 'log', '--oneline').trim().split('\n').length, 1)

  write(dir, 'news/story one.txt', CLEAN)
  run(dir, 'add', '.')
  assert.equal(commit(dir).code, 0)
})

test('--staged judges the index, not the working tree, both ways', () => {
  const dir = repoWithConfig()
  write(dir, 'a.txt', CLEAN)
  run(dir, 'add', 'a.txt')
  write(dir, 'a.txt', DAMAGED)
  assert.equal(scrapelint(dir, '--staged').code, 0, 'staged content is clean')
  assert.equal(scrapelint(dir, 'a.txt').code, 1, 'working tree is damaged')

  run(dir, 'add', 'a.txt')
  write(dir, 'a.txt', CLEAN)
  const staged = scrapelint(dir, '--staged', '--format', 'json')
  assert.equal(staged.code, 1)
  assert.deepEqual(JSON.parse(staged.stdout).map((result: {filePath: string; errorCount: number}) => [result.filePath, result.errorCount]), [['a.txt', 1]])
})

test('--staged --fix fixes and re-stages files without unstaged changes, and refuses the others', () => {
  const dir = repoWithConfig()
  write(dir, 'fixable.txt', DAMAGED)
  write(dir, 'mixed.txt', DAMAGED)
  run(dir, 'add', '.')
  write(dir, 'mixed.txt', DAMAGED + 'More text added after staging.\n')
  const result = scrapelint(dir, '--staged', '--fix')
  assert.equal(result.code, 1, 'mixed.txt still has its error')
  assert.match(result.stderr, /scrapelint: mixed\.txt: not fixed: it has unstaged changes \(stage or stash them, then run again\)/)
  assert.equal(readFileSync(path.join(dir, 'fixable.txt'), 'utf8'), CLEAN)
  assert.equal(run(dir, 'show', ':fixable.txt'), CLEAN)
  assert.equal(run(dir, 'diff', '--name-only'), 'mixed.txt\n')
  assert.equal(run(dir, 'show', ':mixed.txt'), DAMAGED)
})

test('renamed, deleted and binary entries; subdirectories; paths with spaces and non-ASCII', () => {
  const dir = repoWithConfig()
  write(dir, 'old.txt', CLEAN)
  write(dir, 'gone.txt', CLEAN)
  run(dir, 'add', '.')
  run(dir, 'commit', '-qm', 'files')
  mkdirSync(path.join(dir, 'docs'))
  run(dir, 'mv', 'old.txt', 'docs/nouvelle façon.txt')
  write(dir, 'docs/nouvelle façon.txt', DAMAGED)
  run(dir, 'rm', '-q', 'gone.txt')
  write(dir, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
  run(dir, 'add', '.')
  const fromSub = scrapelint(path.join(dir, 'docs'), '--staged', '--format', 'json')
  assert.equal(fromSub.code, 1)
  assert.deepEqual(JSON.parse(fromSub.stdout).map((result: {filePath: string}) => result.filePath), ['nouvelle façon.txt'])
  const compact = scrapelint(dir, '--staged', '--format', 'compact')
  assert.match(compact.stdout, /^docs\/nouvelle façon\.txt:1:24: error /m)
})

test('--staged respects --max-warnings and outside a repository it is a clear error', () => {
  const dir = createRepo()
  write(dir, 'a.txt', DAMAGED)
  run(dir, 'add', '.')
  assert.equal(scrapelint(dir, '--staged').code, 0)
  assert.equal(scrapelint(dir, '--staged', '--max-warnings', '0').code, 1)
  const outside = scrapelint('/', '--staged')
  assert.equal(outside.code, 2)
  assert.match(outside.stderr, /^scrapelint: error: git rev-parse: fatal: not a git repository/)
})

test('hook install refuses a foreign hook (and says so), respects core.hooksPath; uninstall', () => {
  const dir = createRepo()
  write(dir, '.git/hooks/pre-commit', '#!/bin/sh\nexit 0\n')
  const refused = scrapelint(dir, 'hook', 'install')
  assert.equal(refused.code, 2)
  assert.match(refused.stderr, /not written by scrapelint; not replaced \(use --force/)
  assert.equal(readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8'), '#!/bin/sh\nexit 0\n')
  assert.equal(scrapelint(dir, 'hook', 'install', '--force').code, 0)
  const uninstalled = scrapelint(dir, 'hook', 'uninstall')
  assert.equal(uninstalled.code, 0)
  assert.match(uninstalled.stdout, /Put back the previous hook from .*pre-commit\.scrapelint-backup/)
  assert.equal(readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8'), '#!/bin/sh\nexit 0\n')
  rmSync(path.join(dir, '.git/hooks/pre-commit'))
  const help = scrapelint(dir, 'hook', '--help')
  assert.equal(help.code, 0)
  assert.match(help.stdout, /^Usage: scrapelint hook install \[--force\] \| scrapelint hook uninstall/)

  run(dir, 'config', 'core.hooksPath', '.husky')
  const husky = scrapelint(dir, 'hook', 'install')
  assert.match(husky.stdout, /\.husky\/pre-commit$/m)
  write(dir, 'a.txt', DAMAGED.replace('. .', '..'))
  write(dir, '.scrapelintrc.json', CONFIG)
  run(dir, 'add', '.')
  assert.notEqual(commit(dir).code, 0, 'the hook in core.hooksPath runs')
  assert.equal(scrapelint(dir, 'hook', 'bogus').code, 2)
})
