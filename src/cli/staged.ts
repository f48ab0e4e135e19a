/**
 * `--staged`: the files a commit would change, with their staged content,
 * limited to the text extensions (and to paths given on the command line).
 */
import path from 'node:path'
import {readBlobs} from '../git/git.js'
import {stage, stagedFiles, unstagedPaths, type StagedFile} from '../git/staged.js'

export interface StagedInputs {
  top: string
  files: Array<StagedFile & {display: string}>
  contents: Map<string, Buffer>
  /** Repository-relative paths with unstaged changes (read only when fixing). */
  unstaged: Set<string>
}

export async function collectStaged(cwd: string, extensions: readonly string[], paths: readonly string[], fixing: boolean): Promise<StagedInputs> {
  const {top, files} = await stagedFiles(cwd)
  const roots = paths.map((item) => path.resolve(cwd, item))
  const wanted = files
    .filter((file) => extensions.includes(path.extname(file.path).toLowerCase()))
    .filter((file) => roots.length === 0 || roots.some((root) => file.absolute === root || file.absolute.startsWith(root + path.sep)))
    .map((file) => ({...file, display: path.relative(cwd, file.absolute) || file.path}))
  const contents = await readBlobs(top, wanted.map((file) => file.blob))
  const unstaged = fixing ? await unstagedPaths(top) : new Set<string>()
  return {top, files: wanted, contents, unstaged}
}

export {stage}
