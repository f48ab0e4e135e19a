/**
 * The files `--fix` changes, written as one transaction: every fixed text is
 * first written beside its file; only when all of them are written, and no
 * file changed on disk since it was read, do they replace the originals.
 * Otherwise no file is changed.
 */
import {constants, promises as fs} from 'node:fs'
import {describeSystemError, isSystemError} from '../io/errors.js'
import {abandonWrite, commitWrite, digest, prepareWrite, siblingTemporary, type PendingWrite} from '../io/write.js'

interface Entry {
  write: PendingWrite
  /** Digest of the bytes the fix was computed from. */
  digest: string
  /** Runs once the file is replaced (staging it again, with --staged). */
  after?: () => Promise<void>
}

export class FixWrites {
  readonly #entries: Entry[] = []
  readonly #errors: string[] = []
  #replaced = 0

  /** How many files `commit` replaced. */
  get replaced(): number {
    return this.#replaced
  }

  /** Problems met writing the fixed texts, each "<file>: <reason>"; when there are any, `commit` changes nothing. */
  get errors(): readonly string[] {
    return this.#errors
  }

  /**
   * Why a fixed `file` could not be written, or undefined when it can: the
   * file itself must be writable and a new file must be possible beside it
   * (after symbolic links). Checked before linting, so that such a file is
   * reported as it is, and left as it is.
   */
  async whyNotWritable(file: string): Promise<string | undefined> {
    let step = 'the file'
    try {
      const target = await fs.realpath(file)
      await fs.access(target, constants.W_OK)
      step = 'a new file beside it'
      const probe = siblingTemporary(target)
      await (await fs.open(probe, 'wx')).close()
      await fs.rm(probe, {force: true})
      return undefined
    } catch (error) {
      if (!isSystemError(error)) throw error
      return `${step}: ${describeSystemError(error)}`
    }
  }

  /** Write `text` beside `file`; `original` is what the fix was computed from. */
  async add(file: string, text: string, original: Uint8Array, after?: () => Promise<void>): Promise<void> {
    try {
      this.#entries.push({write: await prepareWrite(file, text), digest: digest(original), after})
    } catch (error) {
      if (!isSystemError(error)) throw error
      this.#errors.push(`${file}: cannot write the fixed text (${describeSystemError(error)})`)
    }
  }

  /**
   * Replace the files, or, after any error, none of them. Resolves to the
   * problems met (empty when every file was replaced).
   */
  async commit(): Promise<readonly string[]> {
    if (this.#errors.length === 0) {
      for (const {write, digest: before} of this.#entries) {
        const now = await fs.readFile(write.target).catch(() => undefined)
        if (!now || digest(now) !== before) this.#errors.push(`${write.file}: changed on disk while scrapelint ran; run again`)
      }
    }
    if (this.#errors.length > 0) {
      await Promise.all(this.#entries.map(({write}) => abandonWrite(write)))
      return this.#errors
    }
    for (const {write, after} of this.#entries) {
      try {
        await commitWrite(write)
        this.#replaced++
        await after?.()
      } catch (error) {
        if (!isSystemError(error)) throw error
        await abandonWrite(write)
        this.#errors.push(`${write.file}: cannot replace it with the fixed text (${describeSystemError(error)})`)
      }
    }
    return this.#errors
  }
}
