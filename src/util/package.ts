/** Where the installed package lives, and its version. */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** Compiled code runs from `dist/src/util/`, three levels below the package root. */
export const packageRoot = fileURLToPath(new URL('../../../', import.meta.url))

let cachedVersion: string | undefined
export function packageVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}).version
  return cachedVersion
}
