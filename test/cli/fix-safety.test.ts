/**
 * `--fix` loses nothing: it writes through links, keeps owners and hard
 * links, changes no file when one cannot be written or changed meanwhile,
 * and odd inputs (a link in a directory, a config with a BOM, a million
 * findings, a reader that goes away) are handled.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {once} from 'node:events'
import {chmodSync, chownSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {FixWrites} from '../../src/cli/fix-writes.js'
import {BIN, run, workspace} from './run.js'

const DAMAGED = 'See also the the report, then the end.\n'
const FIXED = 'See also the report, then the end.\n'

test('--fix through a symbolic link fixes the file it points to and keeps the link', () => {
  const dir = workspace({'texts/real.txt': DAMAGED})
  symlinkSync('texts/real.txt', path.join(dir, 'link.txt'))
  const {code, stderr} = run(['--fix', 'link.txt'], {cwd: dir})
  assert.equal(code, 0, stderr)
  assert.ok(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink())
  assert.equal(readFileSync(path.join(dir, 'texts/real.txt'), 'utf8'), FIXED)
  assert.deepEqual(readdirSync(path.join(dir, 'texts')), ['real.txt'])
})

test('--fix keeps hard links: every name of the file sees the fix', () => {
  const dir = workspace({'a.txt': DAMAGED})
  linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'))
  const {code, stderr} = run(['--fix', 'a.txt'], {cwd: dir})
  assert.equal(code, 0, stderr)
  assert.equal(readFileSync(path.join(dir, 'b.txt'), 'utf8'), FIXED)
  assert.equal(statSync(path.join(dir, 'a.txt')).ino, statSync(path.join(dir, 'b.txt')).ino)
  assert.deepEqual(readdirSync(dir).sort(), ['a.txt', 'b.txt'])
})

test("--fix run by root keeps the file's owner", {skip: process.getuid?.() !== 0 && 'needs root'}, () => {
  const dir = workspace({'a.txt': DAMAGED})
  chownSync(path.join(dir, 'a.txt'), 65534, 65534)
  const {code, stderr} = run(['--fix', 'a.txt'], {cwd: dir})
  assert.equal(code, 0, stderr)
  const stat = statSync(path.join(dir, 'a.txt'))
  assert.deepEqual([stat.uid, stat.gid], [65534, 65534])
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), FIXED)
})

/** Run the CLI as the unprivileged user `nobody` (root may write anywhere). */
function runAsNobody(args: string[], cwd: string) {
  const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const canDropPrivileges = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0

test('a file that cannot be written is reported, not fixed; the others are fixed', {skip: !canDropPrivileges && 'needs root and setpriv'}, () => {
  const dir = workspace({'open/a.txt': DAMAGED, 'locked/b.txt': DAMAGED, 'locked/clean.txt': FIXED})
  // nobody may write the files, and create files in open/ but not in locked/.
  for (const [name, mode] of [['', 0o755], ['open', 0o777], ['locked', 0o755], ['open/a.txt', 0o666], ['locked/b.txt', 0o666], ['locked/clean.txt', 0o666]] as const) chmodSync(path.join(dir, name), mode)
  const {code, stderr} = runAsNobody(['--fix', '--no-config', 'open/a.txt', 'locked/b.txt', 'locked/clean.txt'], dir)
  assert.equal(code, 2, stderr)
  assert.equal(stderr, 'scrapelint: error: locked/b.txt: not fixed: cannot write it (a new file beside it: permission denied)\n')
  assert.equal(readFileSync(path.join(dir, 'open/a.txt'), 'utf8'), FIXED)
  assert.equal(readFileSync(path.join(dir, 'locked/b.txt'), 'utf8'), DAMAGED)
  assert.deepEqual(readdirSync(path.join(dir, 'open')), ['a.txt'])
})

test('a file changed on disk after it was read is not overwritten, and then no file is', async () => {
  const dir = workspace({'a.txt': DAMAGED, 'b.txt': DAMAGED})
  const writes = new FixWrites()
  await writes.add(path.join(dir, 'a.txt'), FIXED, Buffer.from(DAMAGED))
  await writes.add(path.join(dir, 'b.txt'), FIXED, Buffer.from(DAMAGED))
  writeFileSync(path.join(dir, 'b.txt'), DAMAGED + 'A line the user added meanwhile.\n')
  const errors = await writes.commit()
  assert.deepEqual(errors, [`${path.join(dir, 'b.txt')}: changed on disk while scrapelint ran; run again`])
  assert.equal(writes.replaced, 0)
  assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), DAMAGED)
  assert.equal(readFileSync(path.join(dir, 'b.txt'), 'utf8'), DAMAGED + 'A line the user added meanwhile.\n')
  assert.deepEqual(readdirSync(dir).sort(), ['a.txt', 'b.txt'], 'no temporary file is left')
})

test('a link to a text file inside a directory is linted like the file', () => {
  const dir = workspace({'elsewhere/story.txt': DAMAGED, 'texts/.keep': ''})
  symlinkSync('../elsewhere/story.txt', path.join(dir, 'texts/story.txt'))
  const {code, stdout, stderr} = run(['--format', 'json', 'texts'], {cwd: dir})
  assert.equal(code, 0, stderr)
  assert.deepEqual(
    JSON.parse(stdout).map((result: {filePath: string}) => path.basename(result.filePath)),
    ['story.txt']
  )
})

test('a JSON config that starts with a byte-order mark is read', () => {
  const dir = workspace({'.scrapelintrc.json': '\ufeff{"rules": {"repeated-words": "off"}}\n', 'a.txt': DAMAGED})
  const {code, stderr} = run(['a.txt'], {cwd: dir})
  assert.equal(code, 0, stderr)
})

test('the default report lists a file with very many findings in parts, all of them', () => {
  // vfile-reporter overflowed the call stack past some 100,000 rows of one file: it gets them 5,000 at a time.
  const dir = workspace({'many.txt': 'word '.repeat(5200) + '\n'})
  const {code, stdout, stderr} = run(['--rule', 'repeated-words:warn', '--no-config', 'many.txt'], {cwd: dir})
  assert.equal(code, 0, stderr)
  const rows = stdout.split('\n').filter((line) => /^\d+:\d+(?:-\d+:\d+)?\s+warning\s/.test(line))
  const total = Number(/⚠ (\d+) warnings/.exec(stdout)?.[1])
  assert.ok(total > 5000, stdout.slice(-200))
  assert.equal(rows.length, total)
  assert.equal(stdout.split('\n').filter((line) => line === 'many.txt').length, 2, 'two parts under the file name')
})

test('a reader that closes the report early (`| head`) ends the run quietly', async () => {
  const dir = workspace({'many.txt': 'word '.repeat(20_000) + '\n'})
  const child = spawn(process.execPath, [BIN, '--format', 'json', 'many.txt'], {cwd: dir, env: {...process.env, NO_COLOR: '1'}})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdout.once('data', () => child.stdout.destroy())
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null]
  assert.equal(signal, null)
  assert.equal(stderr, '', 'no stack trace')
  assert.ok(code === 0 || code === 1, `exit ${code}`)
})
