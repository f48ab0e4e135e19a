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
