/**
 * `--format stylish` (default): vfile-reporter's grouped listing, plus a
 * summary of what `--fix` could repair and of the quality scores.
 */
import {Chalk} from 'chalk'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {shownMessages} from './shown.js'
import type {FileResult, Formatter} from './types.js'

/** How many of the lowest-scoring files the summary names. */
const LOWEST_SHOWN = 3
/** Findings per listed part of one file. */
const PART = 5000

export const stylish: Formatter = (results, context) => {
  const files: VFile[] = []
  let fixable = 0
  for (const result of results) {
    const shown = shownMessages(result, context)
    if (shown.length === 0) continue
    // vfile-reporter spreads a file's rows into one call, which overflows the stack past some 100,000:
    // a file with more findings is listed in parts, each under the file's name.
    for (let start = 0; start < shown.length; start += PART) {
      const file = new VFile({path: result.filePath})
      for (const message of shown.slice(start, start + PART)) file.messages.push(message)
      files.push(file)
    }
    fixable += shown.filter((message) => message.fixKind === 'safe').length
  }
  // `--quiet` shows errors only: the score line is not one.
  const scores = context.quiet ? undefined : scoreSummary(results)
  // A clean run stays silent.
  if (files.length === 0 && !scores) return ''
  const chalk = new Chalk({level: context.color ? 1 : 0})
  const lines: string[] = []
  if (files.length > 0) lines.push(reporter(files, {color: context.color, quiet: true}))
  if (fixable > 0) lines.push(chalk.dim(`${fixable} problem${fixable === 1 ? '' : 's'} can be fixed with \`--fix\`.`))
  if (scores) lines.push(chalk.dim(scores))
  return lines.join('\n')
}

/** One line on quality scores, or nothing when every file scores 100. */
export function scoreSummary(results: readonly FileResult[]): string | undefined {
  if (results.length === 0 || results.every((result) => result.score === 100)) return undefined
  if (results.length === 1) return `Quality score: ${results[0].score}/100.`
  const lowest = [...results].sort((a, b) => a.score - b.score).slice(0, LOWEST_SHOWN)
  const average = Math.round(results.reduce((sum, result) => sum + result.score, 0) / results.length)
  return `Quality scores: average ${average}/100 over ${results.length} files; lowest ${lowest.map((result) => `${result.score} ${result.filePath}`).join(', ')}.`
}
