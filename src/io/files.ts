/**
 * Command-line targets → files: explicit files, directories (recursed, by
 * extension) and glob patterns. Problems are collected, not thrown, so the
 * remaining targets are still linted.
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export const DEFAULT_EXTENSIONS = ['.txt', '.text', '.md']
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn'])

export interface Expanded {
  files: string[]
  errors: string[]
}

export async function expandTargets(targets: readonly string[], extensions = DEFAULT_EXTENSIONS): Promise<Expanded> {
  const files: string[] = []
  const errors: string[] = []
  const seen = new Set<string>()
  const add = (file: string) => {
    const key = path.resolve(file)
    if (!seen.has(key)) {
      seen.add(key)
      files.push(file)
    }
  }

  for (const target of targets) {
    const stat = await fs.stat(target).catch(() => undefined)
    if (stat?.isFile()) {
      add(target)
    } else if (stat?.isDirectory()) {
      const found = await walk(target, extensions)
      if (found.length === 0) errors.push(`${target}: no text files (${extensions.join(', ')}) in this directory`)
      found.forEach(add)
    } else if (!stat && isDynamicPattern(target)) {
      const found = (await glob(target, {onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**']})).sort()
      if (found.length === 0) errors.push(`${target}: no files match this pattern`)
      found.forEach(add)
    } else if (stat) {
      errors.push(`${target}: not a regular file or directory`)
    } else {
      errors.push(`${target}: no such file or directory`)
    }
  }
  return {files, errors}
}

async function walk(directory: string, extensions: readonly string[]): Promise<string[]> {
  const result: string[] = []
  const entries = await fs.readdir(directory, {withFileTypes: true}).catch(() => [])
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) for (const file of await walk(full, extensions)) result.push(file)
    } else if (extensions.includes(path.extname(entry.name).toLowerCase())) {
      // A link to a text file counts as the file; links to directories are not followed (they may form a loop).
      if (entry.isFile() || (entry.isSymbolicLink() && (await fs.stat(full).catch(() => undefined))?.isFile())) result.push(full)
    }
  }
  return result
}
