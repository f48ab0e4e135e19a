/** Running git: one place for spawning it and turning failures into readable errors. */
import {execFile, spawn} from 'node:child_process'

export class GitError extends Error {
  override name = 'GitError'
}

/** Run git in `cwd` and return stdout as a Buffer (paths may be in any encoding). */
export function git(cwd: string, args: readonly string[], input?: Buffer | string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, {cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024}, (error, stdout, stderr) => {
      if (error) {
        const detail = stderr.toString().trim().split('\n')[0] || error.message
        reject(new GitError(`git ${args[0]}: ${detail}`))
      } else {
        resolve(stdout)
      }
    })
    if (input !== undefined) child.stdin?.end(input)
  })
}

export async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await git(cwd, args)).toString('utf8').replace(/\n$/, '')
}

/**
 * Read many blobs with one `git cat-file --batch` process (fast for a commit
 * of many files): object id → content.
 */
export function readBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const result = new Map<string, Buffer>()
    if (ids.length === 0) return resolve(result)
    const child = spawn('git', ['cat-file', '--batch'], {cwd})
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file exited with ${code}`))
      const output = Buffer.concat(chunks)
      let offset = 0
      for (const id of ids) {
        const newline = output.indexOf(0x0a, offset)
        const header = output.subarray(offset, newline).toString()
        const [, type, size] = header.split(' ')
        if (type === undefined || header.endsWith('missing')) return reject(new GitError(`git cat-file: object ${id} is missing`))
        const start = newline + 1
        result.set(id, output.subarray(start, start + Number(size)))
        offset = start + Number(size) + 1
      }
      resolve(result)
    })
    child.stdin.end(ids.join('\n') + '\n')
  })
}
