import {test} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {HOOK_MARKER, installHook, uninstallHook} from '../../src/git/hook.js'
import {createRepo, run, write} from './repo.js'

test('install writes an executable pre-commit hook; uninstall removes it', async () => {
  const dir = createRepo()
  const result = await installHook(dir)
  assert.equal(result.hook, path.join(dir, '.git', 'hooks', 'pre-commit'))
  assert.ok(readFileSync(result.hook, 'utf8').includes(HOOK_MARKER))
  assert.equal(statSync(result.hook).mode & 0o111, 0o111)
  assert.equal((await installHook(dir)).unchanged, true)
  assert.deepEqual(await uninstallHook(dir), {hook: result.hook, removed: true})
  assert.equal(existsSync(result.hook), false)
  assert.deepEqual(await uninstallHook(dir), {hook: result.hook, removed: false})
})

test('a foreign hook is never replaced without --force, and kept as a backup with it', async () => {
  const dir = createRepo()
  write(dir, '.git/hooks/pre-commit', '#!/bin/sh\necho mine\n')
  await assert.rejects(installHook(dir), /pre-commit exists and was not written by scrapelint; not replaced \(use --force/)
  assert.equal(readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8'), '#!/bin/sh\necho mine\n')
  await assert.rejects(uninstallHook(dir), /was not written by scrapelint; left alone/)
  const result = await installHook(dir, {force: true})
  assert.equal(readFileSync(result.backup!, 'utf8'), '#!/bin/sh\necho mine\n')
  assert.ok(readFileSync(result.hook, 'utf8').includes(HOOK_MARKER))
  // Uninstalling puts the replaced hook back.
  assert.deepEqual(await uninstallHook(dir), {hook: result.hook, removed: true, restored: result.backup})
  assert.equal(readFileSync(result.hook, 'utf8'), '#!/bin/sh\necho mine\n')
  assert.equal(existsSync(result.backup!), false)
})

test('core.hooksPath (husky), subdirectories and worktrees', async () => {
  const dir = createRepo()
  run(dir, 'config', 'core.hooksPath', '.husky')
  write(dir, 'docs/sub/x.txt', 'x')
  const fromSub = await installHook(path.join(dir, 'docs', 'sub'))
  assert.equal(fromSub.hook, path.join(dir, '.husky', 'pre-commit'))

  const plain = createRepo()
  write(plain, 'a.txt', 'a')
  run(plain, 'add', '.')
  run(plain, 'commit', '-qm', 'init')
  const worktree = plain + '-worktree'
  run(plain, 'worktree', 'add', '-q', worktree)
  const fromWorktree = await installHook(worktree)
  assert.equal(fromWorktree.hook, path.join(plain, '.git', 'hooks', 'pre-commit'))
})
