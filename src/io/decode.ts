/**
 * Bytes → text, refusing what is not UTF-8 text: binary files, other
 * encodings, invalid sequences and oversized input get a one-line reason.
 */
import {Buffer, isUtf8} from 'node:buffer'
import {formatSize} from '../util/size.js'

/** Input that cannot be linted; the message names the problem. */
export class InputError extends Error {
  override name = 'InputError'
}

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024

export interface Decoded {
  /** Text without a leading BOM. */
  text: string
  bom: boolean
}

export function decodeText(bytes: Uint8Array, maxFileSize = DEFAULT_MAX_FILE_SIZE): Decoded {
  if (bytes.length > maxFileSize) {
    throw new InputError(`file is ${formatSize(bytes.length)}, over the ${formatSize(maxFileSize)} limit (raise it with --max-file-size)`)
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('file is UTF-16 encoded; convert it to UTF-8')
  }
  // Git's heuristic: a NUL byte in the first 8000 bytes means binary.
  const head = bytes.subarray(0, 8000)
  if (head.includes(0)) throw new InputError('binary file (contains NUL bytes); not linted')
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!isUtf8(buffer)) {
    const at = firstInvalidUtf8(bytes)
    throw new InputError(`invalid UTF-8 at byte ${at} (line ${lineOfByte(bytes, at)}); not linted`)
  }
  let text = buffer.toString('utf8')
  const bom = text.charCodeAt(0) === 0xfeff
  if (bom) text = text.slice(1)
  return {text, bom}
}


function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1
  for (let index = 0; index < at; index++) if (bytes[index] === 0x0a) line++
  return line
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    let length = 0
    let min = 0
    if (byte < 0x80) length = 1
    else if (byte >= 0xc2 && byte <= 0xdf) (length = 2), (min = 0x80)
    else if (byte >= 0xe0 && byte <= 0xef) (length = 3), (min = 0x800)
    else if (byte >= 0xf0 && byte <= 0xf4) (length = 4), (min = 0x10000)
    else return index
    if (index + length > bytes.length) return index
    let code = length === 1 ? byte : byte & (0xff >> (length + 1))
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next]
      if ((continuation & 0xc0) !== 0x80) return index
      code = (code << 6) | (continuation & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += length
  }
  return -1
}
