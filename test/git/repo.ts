/** Temporary git repositories for tests, driven with the real `git`. */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

export function run(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', env: {...process.env, GIT_CONFIG_NOSYSTEM: '1'}})
}

export function createRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-git-'))
  run(dir, 'init', '-q', '-b', 'main')
  run(dir, 'config', 'user.name', 'Test')
  run(dir, 'config', 'user.email', 'test@example.com')
  run(dir, 'config', 'commit.gpgsign', 'false')
  return dir
}

export function write(dir: string, file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
  writeFileSync(path.join(dir, file), content)
}
