/**
 * `--format stylish` (default): vfile-reporter's grouped listing, plus a
 * summary of what `--fix` could repair.
 */
import {Chalk} from 'chalk'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {Formatter} from './types.js'

export const stylish: Formatter = (results, context) => {
  const files: VFile[] = []
  let fixable = 0
  for (const result of results) {
    const shown = context.quiet ? result.messages.filter((message) => message.severity === 2) : result.messages
    if (shown.length === 0) continue
    const file = new VFile({path: result.filePath})
    file.messages.push(...shown)
    files.push(file)
    fixable += shown.filter((message) => message.fixKind === 'safe').length
  }
  if (files.length === 0) return ''
  const chalk = new Chalk({level: context.color ? 1 : 0})
  let report = reporter(files, {color: context.color, quiet: true})
  if (fixable > 0) {
    report += '\n' + chalk.dim(`${fixable} problem${fixable === 1 ? '' : 's'} can be fixed with \`--fix\`.`)
  }
  return report
}
