/** Path helpers shared by config resolution, ignore files and reporters. */
import path from 'node:path'

/** `file` relative to `directory` with `/` separators, or `undefined` when it is not inside it (or is it). */
export function relativeInside(directory: string, file: string): string | undefined {
  const relative = path.relative(directory, file)
  if (!relative || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return undefined
  return toPosix(relative)
}

export function toPosix(file: string): string {
  return path.sep === '/' ? file : file.split(path.sep).join('/')
}

/** A path as shown in messages: relative to `cwd` when inside it, else absolute. */
export function display(file: string, cwd: string): string {
  return relativeInside(cwd, file) === undefined ? file : path.relative(cwd, file)
}
