/**
 * `--format diff` (with `--fix-dry-run`): a unified diff of what `--fix`
 * would change, one section per file, applicable with `patch -p1` or
 * `git apply`. Files that would not change are left out.
 */
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import {restoreBom} from '../engine/lint.js'
import {toPosix} from '../util/paths.js'
import type {Formatter} from './types.js'

export const diff: Formatter = (results) => {
  const patches: string[] = []
  for (const result of results) {
    if (result.output === undefined || result.input === undefined) continue
    const name = toPosix(result.filePath)
    const before = restoreBom(result.input, Boolean(result.bom))
    const after = restoreBom(result.output, Boolean(result.bom))
    patches.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {headerOptions: FILE_HEADERS_ONLY}))
  }
  return patches.join('')
}
