/** Atomic file replacement: write a temporary file beside the target, then rename. */
import {randomBytes} from 'node:crypto'
import {promises as fs} from 'node:fs'
import path from 'node:path'

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const directory = path.dirname(file)
  const temporary = path.join(directory, `.${path.basename(file)}.scrapelint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  const stat = await fs.stat(file).catch(() => undefined)
  try {
    await fs.writeFile(temporary, text, {encoding: 'utf8', mode: stat ? stat.mode & 0o7777 : 0o666, flag: 'wx'})
    if (stat) await fs.chmod(temporary, stat.mode & 0o7777)
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, {force: true})
    throw error
  }
}

/**
 * Make sure `file` can be created before a long run rather than after it:
 * its directory is created, and a directory standing at its path is refused.
 * Throws an Error whose message reads "<what>: cannot write it (<reason>)".
 */
export async function prepareOutputFile(file: string, what: string): Promise<void> {
  const problem = (reason: string) => new Error(`${what}: cannot write it (${reason})`)
  await fs.mkdir(path.dirname(file), {recursive: true}).catch((error: NodeJS.ErrnoException) => {
    throw problem(error.code ?? error.message)
  })
  const stat = await fs.stat(file).catch(() => undefined)
  if (stat?.isDirectory()) throw problem('EISDIR: it is a directory')
}

/** Whether `output` names one of `inputs` (after symbolic links): writing it would lose that input. */
export async function isOneOf(output: string, inputs: readonly string[]): Promise<boolean> {
  const real = (file: string) => fs.realpath(file).catch(() => path.resolve(file))
  const target = await real(output)
  for (const input of inputs) if ((await real(input)) === target) return true
  return false
}
