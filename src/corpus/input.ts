/**
 * Corpus inputs as a stream of items, in input order: JSONL files (plain or
 * gzipped, recognised by their first bytes), directories of text files (one
 * document per file), or standard input. Nothing is read whole: JSONL is
 * split into lines chunk by chunk, files are read one at a time.
 */
import {isUtf8} from 'node:buffer'
import {once} from 'node:events'
import {createReadStream, promises as fs} from 'node:fs'
import path from 'node:path'
import {createGunzip} from 'node:zlib'
import {decodeText, InputError} from '../io/decode.js'
import {DEFAULT_EXTENSIONS, expandTargets} from '../io/files.js'

/** One JSONL line, parsed in a worker. */
export interface LineItem {
  kind: 'line'
  /** 1-based line number in its input. */
  line: number
  raw: string
}

/** One text file of a directory input. */
export interface FileItem {
  kind: 'file'
  /** The path relative to the directory given. */
  id: string
  /** The directory holding the file: its site for boilerplate learning. */
  site: string
  text: string
}

/** Something that cannot be a document (invalid UTF-8 on a line, an unreadable file). */
export interface ErrorItem {
  kind: 'error'
  line?: number
  id?: string
  error: string
}

export type Item = (LineItem | FileItem | ErrorItem) & {
  /** Size in the input, in bytes (uncompressed). */
  bytes: number
}

export interface ReadOptions {
  stdin: NodeJS.ReadableStream
  cwd: string
  extensions?: string[]
  /** An input that cannot be read at all (missing file, …) or only in part (damaged gzip): reported, the others are still read. */
  onProblem(message: string): void
  /** Compressed or plain bytes read so far from files, for progress. */
  onRead?(bytes: number): void
}

const GZIP_MAGIC = [0x1f, 0x8b]

/** Every item of every input, in order. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (input === '-') {
      yield* jsonlInput(options.stdin as AsyncIterable<Buffer>, 'standard input', options)
      continue
    }
    const target = path.resolve(options.cwd, input)
    const stat = await fs.stat(target).catch(() => undefined)
    if (!stat) {
      options.onProblem(`${input}: no such file or directory`)
    } else if (stat.isDirectory()) {
      yield* directoryFiles(target, input, options)
    } else if (stat.isFile() && (options.extensions ?? DEFAULT_EXTENSIONS).includes(path.extname(target).toLowerCase())) {
      // Read as JSONL it would give one "invalid JSON" error per line.
      options.onProblem(`${input}: a text file, not JSONL; give the directory it is in to score text files, one document each`)
    } else if (stat.isFile()) {
      const stream = createReadStream(target, {highWaterMark: 1 << 16})
      if (options.onRead) stream.on('data', (chunk) => options.onRead!(chunk.length))
      yield* jsonlInput(stream, input, options)
    } else {
      options.onProblem(`${input}: not a regular file or directory`)
    }
  }
}

/** Damaged compressed data: the lines before it were read, the rest of the input cannot be. */
export class DamagedInput extends Error {
  override name = 'DamagedInput'
}

async function* jsonlInput(source: AsyncIterable<Buffer | string>, name: string, options: ReadOptions): AsyncGenerator<Item> {
  try {
    yield* jsonlLines(source)
  } catch (error) {
    if (!(error instanceof DamagedInput)) throw error
    options.onProblem(`${name}: ${error.message}`)
  }
}

/** The total size of the file inputs (compressed where they are), or undefined when one is stdin. */
export async function knownSize(inputs: readonly string[], cwd: string): Promise<number | undefined> {
  let total = 0
  for (const input of inputs) {
    if (input === '-') return undefined
    const stat = await fs.stat(path.resolve(cwd, input)).catch(() => undefined)
    if (!stat?.isFile()) return undefined
    total += stat.size
  }
  return total
}

/** Bytes, gunzipped when they start with the gzip magic number. */
async function* maybeGunzip(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]()
  const first = await iterator.next()
  if (first.done) return
  const head = toBuffer(first.value)
  if (head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) {
    const rest = async function* () {
      yield head
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBuffer(next.value)
    }
    yield* gunzip(rest())
    return
  }
  yield head
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBuffer(next.value)
}

/**
 * Gunzipped bytes, one input chunk at a time (back-pressure). Taken from
 * 'data' events, not the stream's iterator: a zlib error destroys the stream,
 * and the iterator would drop the output still buffered in it, the last
 * documents before the damage.
 */
async function* gunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const zlib = createGunzip()
  const output: Buffer[] = []
  zlib.on('data', (chunk: Buffer) => output.push(chunk))
  // A write's callback may not come once the stream is destroyed by an error.
  const failed = new Promise<void>((resolve) => zlib.once('error', () => resolve()))
  for await (const chunk of source) {
    await Promise.race([new Promise((resolve) => zlib.write(chunk, resolve)), failed])
    yield* output.splice(0)
    if (zlib.errored) throw zlib.errored
  }
  zlib.end()
  await Promise.race([once(zlib, 'end'), failed])
  yield* output.splice(0)
  if (zlib.errored) throw zlib.errored
}

/** Errors of zlib itself (`Z_BUF_ERROR`: cut short, `Z_DATA_ERROR`: corrupt, …), not of reading. */
function isZlibError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('Z_')
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk
}

/**
 * Lines of a JSONL stream; blank lines are skipped (but counted for line
 * numbers), `\r\n` is accepted, a UTF-8 BOM at the start is skipped. Damaged
 * gzip data ends the stream with a `DamagedInput` error.
 */
export async function* jsonlLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<Item> {
  let parts: Buffer[] = []
  let lineNumber = 0
  const emit = (bytes: Buffer): Item | undefined => {
    lineNumber++
    let end = bytes.length
    if (end > 0 && bytes[end - 1] === 0x0d) end--
    // Editors on Windows write one; text files lose theirs in io/decode.ts.
    const bom = lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const body = bytes.subarray(bom ? 3 : 0, end)
    if (body.every((byte) => byte === 0x20 || byte === 0x09)) return undefined
    if (!isUtf8(body)) return {kind: 'error', line: lineNumber, error: 'invalid UTF-8', bytes: bytes.length + 1}
    return {kind: 'line', line: lineNumber, raw: body.toString('utf8'), bytes: bytes.length + 1}
  }
  try {
    for await (const chunk of maybeGunzip(source)) {
      let start = 0
      for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, newline)
        const line = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece
        parts = []
        const item = emit(line)
        if (item) yield item
        start = newline + 1
      }
      // Keep a copy: the stream may reuse its buffer.
      if (start < chunk.length) parts.push(Buffer.from(chunk.subarray(start)))
    }
  } catch (error) {
    if (!isZlibError(error)) throw error
    // A line cut by the damage is not a broken document: left out, and said so.
    const where = lineNumber > 0 ? `after line ${lineNumber}` : 'before the first line'
    const cut = parts.length > 0 ? `; the partial line ${lineNumber + 1} is left out` : ''
    throw new DamagedInput(`damaged gzip data ${where} (${error.message})${cut}`)
  }
  if (parts.length > 0) {
    const item = emit(Buffer.concat(parts))
    if (item) yield item
  }
}

async function* directoryFiles(directory: string, given: string, options: ReadOptions): AsyncGenerator<Item> {
  const {files} = await expandTargets([directory], options.extensions ?? DEFAULT_EXTENSIONS)
  if (files.length === 0) options.onProblem(`${given}: no text files (${(options.extensions ?? DEFAULT_EXTENSIONS).join(', ')}) in this directory`)
  for (const file of files) {
    const id = path.relative(directory, file).split(path.sep).join('/')
    const site = path.relative(options.cwd, path.dirname(file)).split(path.sep).join('/') || '.'
    let bytes: Buffer
    try {
      bytes = await fs.readFile(file)
    } catch (error) {
      yield {kind: 'error', id, error: (error as Error).message, bytes: 0}
      continue
    }
    try {
      yield {kind: 'file', id, site, text: decodeText(bytes).text, bytes: bytes.length}
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      yield {kind: 'error', id, error: error.message, bytes: bytes.length}
    }
  }
}
