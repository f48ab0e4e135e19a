/** Running the real `scrapelint` binary in temporary workspaces. */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const BIN = fileURLToPath(new URL('../../../bin/scrapelint.js', import.meta.url))

export function run(args: string[], options: {input?: string | Buffer; cwd?: string; env?: Record<string, string>} = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    cwd: options.cwd,
    env: {...process.env, NO_COLOR: '1', ...options.env},
    encoding: 'utf8'
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A temporary directory holding `files` (path → content). */
export function workspace(files: Record<string, string | Buffer>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'scrapelint-cli-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    writeFileSync(path.join(directory, name), content)
  }
  return directory
}
