/**
 * Which files are not linted: `.scrapelintignore` (gitignore syntax),
 * `ignorePatterns` in config files and `--ignore-pattern` flags. Each set of
 * patterns is relative to its own directory, as in git.
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {relativeInside} from '../util/paths.js'
import {ConfigError} from './setup.js'

export interface IgnoreSet {
  /** Directory the patterns are relative to. */
  base: string
  matcher: Ignore
}

export function ignoreSet(base: string, patterns: string | readonly string[]): IgnoreSet {
  return {base, matcher: ignore().add(patterns as string | string[])}
}

export async function readIgnoreFile(file: string, where: string): Promise<IgnoreSet> {
  try {
    return ignoreSet(path.dirname(file), await fs.readFile(file, 'utf8'))
  } catch (error) {
    throw new ConfigError(`${where}: cannot read: ${(error as Error).message}`)
  }
}

/** Whether any set ignores `file` (absolute). Files outside a set's directory are not its business. */
export function isIgnored(sets: readonly IgnoreSet[], file: string): boolean {
  for (const set of sets) {
    const relative = relativeInside(set.base, file)
    if (relative !== undefined && set.matcher.ignores(relative)) return true
  }
  return false
}
