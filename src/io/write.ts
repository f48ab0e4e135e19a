/**
 * Safe file replacement. A fixed text is first written whole to a temporary
 * file beside the target; only then does it replace the target, so a crash
 * or a full disk never leaves half a file. The replacement writes through
 * symbolic links, and keeps the file's owner, mode and hard links.
 */
import {createHash, randomBytes} from 'node:crypto'
import {promises as fs, type Stats} from 'node:fs'
import path from 'node:path'

/** A fixed text written beside its target, waiting to replace it. */
export interface PendingWrite {
  /** The file as named by the caller. */
  readonly file: string
  /** The file the text replaces: `file` with symbolic links resolved. */
  readonly target: string
  readonly temporary: string
  /**
   * Copy the text into the target instead of renaming over it: the target
   * has other hard links, or its owner cannot be given to a new file. The
   * temporary file stays a complete copy until the target is rewritten.
   */
  readonly inPlace: boolean
}

/** Write `text` beside `file` (resolved through symbolic links), ready to replace it. */
export async function prepareWrite(file: string, text: string): Promise<PendingWrite> {
  const target = await fs.realpath(file).catch(() => path.resolve(file))
  const stat = await fs.stat(target).catch(() => undefined)
  const temporary = siblingTemporary(target)
  try {
    await fs.writeFile(temporary, text, {encoding: 'utf8', mode: stat ? stat.mode & 0o7777 : 0o666, flag: 'wx'})
    if (!stat) return {file, target, temporary, inPlace: false}
    await fs.chmod(temporary, stat.mode & 0o7777)
    return {file, target, temporary, inPlace: stat.nlink > 1 || !(await sameOwner(temporary, stat))}
  } catch (error) {
    await fs.rm(temporary, {force: true})
    throw error
  }
}

/** A name for a new file beside `file`, hidden and unique to this process. */
export function siblingTemporary(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.scrapelint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/** Give the new file the target's owner; false when that is not allowed (only root may give files away). */
async function sameOwner(temporary: string, stat: Stats): Promise<boolean> {
  const own = await fs.stat(temporary)
  if (own.uid === stat.uid && own.gid === stat.gid) return true
  try {
    await fs.chown(temporary, stat.uid, stat.gid)
    return true
  } catch {
    return false
  }
}

/** Replace the target with the prepared text. */
export async function commitWrite(pending: PendingWrite): Promise<void> {
  if (pending.inPlace) {
    // Rewrites the target's own inode (its owner and its other names stay); the temporary copy goes only after that worked.
    // Not fs.copyFile: it also sets the mode, which only the owner may do.
    await fs.writeFile(pending.target, await fs.readFile(pending.temporary))
    await fs.rm(pending.temporary, {force: true})
  } else {
    await fs.rename(pending.temporary, pending.target)
  }
}

/** Drop a prepared text: the target stays as it was. */
export async function abandonWrite(pending: PendingWrite): Promise<void> {
  await fs.rm(pending.temporary, {force: true})
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const pending = await prepareWrite(file, text)
  try {
    await commitWrite(pending)
  } catch (error) {
    await abandonWrite(pending)
    throw error
  }
}

/** A digest of a file's bytes: whether it changed between reading and writing it. */
export function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
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
