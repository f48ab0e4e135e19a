import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readBlobs} from '../../src/git/git.js'
import {stagedFiles, unstagedPaths} from '../../src/git/staged.js'
import {createRepo, run, write} from './repo.js'

test('staged files: added, modified, renamed; deleted, submodule and symlink entries skipped', async () => {
  const dir = createRepo()
  write(dir, 'old name.txt', 'Old text.\n')
  write(dir, 'gone.txt', 'Gone.\n')
  write(dir, 'kept.md', 'Kept.\n')
  run(dir, 'add', '.')
  run(dir, 'commit', '-qm', 'init')
  run(dir, 'mv', 'old name.txt', 'new näme.txt')
  run(dir, 'rm', '-q', 'gone.txt')
  write(dir, 'kept.md', 'Kept, changed.\n')
  write(dir, 'dir with space/ünïcode.txt', 'New file.\n')
  run(dir, 'add', '.')
  run(dir, 'update-index', '--add', '--cacheinfo', '160000,' + '1'.repeat(40) + ',vendor/lib')
  run(dir, 'update-index', '--add', '--cacheinfo', '120000,' + run(dir, 'hash-object', '-w', '--stdin').trim() + ',link.txt')
  const {files, skipped} = await stagedFiles(dir + '/dir with space')
  assert.deepEqual(files.map((file) => [file.path, file.from]), [
    ['dir with space/ünïcode.txt', undefined],
    ['kept.md', undefined],
    ['new näme.txt', 'old name.txt']
  ])
  assert.deepEqual(skipped, [
    {path: 'gone.txt', reason: 'deleted'},
    {path: 'link.txt', reason: 'symbolic link'},
    {path: 'vendor/lib', reason: 'submodule'}
  ])
  const blobs = await readBlobs(dir, files.map((file) => file.blob))
  assert.equal(blobs.get(files[1].blob)!.toString(), 'Kept, changed.\n')
})

test('the staged content is read, not the working tree; unstaged paths are known', async () => {
  const dir = createRepo()
  write(dir, 'a.txt', 'Staged text.\n')
  run(dir, 'add', 'a.txt')
  write(dir, 'a.txt', 'Working tree text.\n')
  const {files, top} = await stagedFiles(dir)
  const blobs = await readBlobs(dir, [files[0].blob])
  assert.equal(blobs.get(files[0].blob)!.toString(), 'Staged text.\n')
  assert.deepEqual([...(await unstagedPaths(top))], ['a.txt'])
})

test('outside a repository: a clear error', async () => {
  await assert.rejects(stagedFiles('/'), /git rev-parse: fatal: not a git repository/)
})
