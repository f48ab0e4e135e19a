/**
 * Git hook cost: running the installed pre-commit hook on a commit of five
 * small staged text files, against `node -e 0` (the floor for any Node tool).
 * Target: the hook adds < 300 ms over `node -e 0`.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {installHook} from '../../src/git/hook.js'
import type {BenchContext} from './index.js'

const ROUNDS = 10

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timed(command: string, args: string[], cwd: string): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {cwd, stdio: 'ignore'})
  if (result.status === null) throw new Error(`${command} did not finish`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

export async function hookCost({chunks}: BenchContext): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-hook-bench-'))
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir})
  git('init', '-q')
  for (let index = 0; index < 5; index++) writeFileSync(path.join(dir, `page-${index}.txt`), chunks[index].slice(0, 2000))
  git('add', '.')
  const {hook} = await installHook(dir)
  const floor: number[] = []
  const withHook: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    floor.push(timed(process.execPath, ['-e', '0'], dir))
    withHook.push(timed('sh', [hook], dir))
  }
  process.stdout.write(`git pre-commit hook, 5 staged files of 2 KB (median of ${ROUNDS})\n`)
  process.stdout.write(`  node -e 0:  ${median(floor).toFixed(0)} ms\n`)
  process.stdout.write(`  hook:       ${median(withHook).toFixed(0)} ms  (adds ${(median(withHook) - median(floor)).toFixed(0)} ms; target < 300 ms)\n`)
}
