/**
 * What a commit would contain: the staged (index) version of changed files,
 * read from git rather than the working tree, so a file with unstaged edits
 * is judged by what will be committed.
 */
import path from 'node:path'
import {git, gitText} from './git.js'

export interface StagedFile {
  /** Path relative to the repository root, as git records it. */
  path: string
  /** Absolute path in the working tree. */
  absolute: string
  /** Object id of the staged content. */
  blob: string
  /** Previous path, for a rename. */
  from?: string
}

export interface StagedSet {
  top: string
  files: StagedFile[]
  /** Entries passed over (deleted, submodules, symlinks), with why. */
  skipped: Array<{path: string; reason: string}>
}

const SUBMODULE = '160000'
const SYMLINK = '120000'

export async function repositoryTop(cwd: string): Promise<string> {
  return gitText(cwd, ['rev-parse', '--show-toplevel'])
}

/** Staged additions, modifications, copies and renames (rename targets), with their blob ids. */
export async function stagedFiles(cwd: string): Promise<StagedSet> {
  const top = await repositoryTop(cwd)
  // -z: NUL-separated, unquoted paths (spaces, non-ASCII); -M: renames as one entry.
  const raw = (await git(top, ['diff', '--cached', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff'])).toString('utf8')
  const fields = raw.split('\0')
  const files: StagedFile[] = []
  const skipped: StagedSet['skipped'] = []
  for (let index = 0; index < fields.length - 1; ) {
    const [oldMode, newMode, , blob, status] = fields[index].slice(1).split(' ')
    const kind = status[0]
    const renamed = kind === 'R' || kind === 'C'
    const from = renamed ? fields[index + 1] : undefined
    const file = renamed ? fields[index + 2] : fields[index + 1]
    index += renamed ? 3 : 2
    void oldMode
    if (kind === 'D') skipped.push({path: file, reason: 'deleted'})
    else if (newMode === SUBMODULE) skipped.push({path: file, reason: 'submodule'})
    else if (newMode === SYMLINK) skipped.push({path: file, reason: 'symbolic link'})
    else files.push({path: file, absolute: path.join(top, file), blob, from})
  }
  return {top, files, skipped}
}

/** Paths (repository-relative) whose working-tree version differs from the index. */
export async function unstagedPaths(top: string): Promise<Set<string>> {
  const raw = (await git(top, ['diff', '--name-only', '-z', '--no-ext-diff'])).toString('utf8')
  return new Set(raw.split('\0').filter(Boolean))
}

export async function stage(top: string, file: string): Promise<void> {
  await git(top, ['add', '--', file])
}
