/**
 * The `scrapelint` command: read inputs, lint or fix them with the shared
 * engine, print a report, and set the exit code (0 clean, 1 problems, 2 errors).
 */
import {promises as fs} from 'node:fs'
import {supportsColor} from 'chalk'
import {ConfigError, createSetup, parseRuleFlag} from '../config/setup.js'
import {CorpusBuilder, type CorpusContext} from '../engine/corpus.js'
import {fixDocument} from '../engine/fix.js'
import {lintDocument, restoreBom, type LintSetup} from '../engine/lint.js'
import type {RuleFailure} from '../engine/scan.js'
import {documentStats} from '../engine/stats.js'
import {decodeText, InputError} from '../io/decode.js'
import {DEFAULT_EXTENSIONS, expandTargets} from '../io/files.js'
import {writeFileAtomic} from '../io/write.js'
import {formatters, type FileResult} from '../reporters/index.js'
import {packageVersion} from '../util/package.js'
import {HELP, parseCliArgs, type CliOptions} from './args.js'

export interface CliIo {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream
  cwd: string
  env: NodeJS.ProcessEnv
}

const defaultIo = (): CliIo => ({stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env})

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const fail = (message: string) => io.stderr.write(`scrapelint: error: ${message}\n`)
  let options: CliOptions
  let setup: LintSetup
  try {
    options = parseCliArgs(argv)
    if (options.help) {
      io.stdout.write(HELP + '\n')
      return 0
    }
    if (options.version) {
      io.stdout.write(packageVersion() + '\n')
      return 0
    }
    if (!(options.format in formatters)) {
      throw new ConfigError(`--format: unknown format "${options.format}"; expected ${Object.keys(formatters).join(' or ')}`)
    }
    if (options.unsafe && !options.fix && !options.fixDryRun) throw new ConfigError('--unsafe needs --fix or --fix-dry-run')
    if (options.stdin && options.paths.length > 0) throw new ConfigError('give either --stdin or paths, not both')
    if (!options.stdin && options.paths.length === 0) throw new ConfigError('no files given (try: scrapelint examples/, or --help)')
    setup = createSetup({rules: Object.fromEntries(options.rules.map(parseRuleFlag))}, '--rule')
  } catch (error) {
    if (error instanceof ConfigError) {
      fail(error.message)
      return 2
    }
    throw error
  }

  const results: FileResult[] = []
  let hadErrors = false
  const reportFailures = (name: string, failures: RuleFailure[]) => {
    for (const failure of failures) fail(`${name}: rule ${failure.ruleId} crashed: ${failure.error.message}`)
    if (failures.length > 0) hadErrors = true
  }

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>'
    try {
      const {text, bom} = decodeText(await readAll(io.stdin), options.maxFileSize)
      const outcome = processText(text, name, setup, options)
      reportFailures(name, outcome.failures)
      results.push(outcome.result)
      if (options.fix && outcome.failures.length === 0) io.stdout.write(restoreBom(outcome.fixed ?? text, bom))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      fail(`${name}: ${error.message}`)
      hadErrors = true
    }
  } else {
    const expanded = await expandTargets(options.paths, options.extensions ?? DEFAULT_EXTENSIONS)
    for (const message of expanded.errors) fail(message)
    if (expanded.errors.length > 0) hadErrors = true
    const problems = new Map<string, string>()
    const readInput = async (file: string) => {
      try {
        return decodeText(await fs.readFile(file), options.maxFileSize)
      } catch (error) {
        if (!(error instanceof InputError || isSystemError(error))) throw error
        problems.set(file, error instanceof InputError ? error.message : describeSystemError(error as NodeJS.ErrnoException))
        return undefined
      }
    }
    // Rules that compare files need line counts over all inputs before the first file is linted.
    const corpus = expanded.files.length > 1 && usesCorpus(setup) ? new CorpusBuilder() : undefined
    // `--fix` writes nothing on a failed run: check every input before changing any file.
    // Both read each file once up front; files are read again when linted, so memory stays bounded.
    if (options.fix || corpus) {
      for (const file of expanded.files) {
        const input = await readInput(file)
        if (input && corpus) corpus.add(input.text)
      }
    }
    const context = {...options, corpus: corpus?.build()}
    const mayWrite = options.fix && !hadErrors && problems.size === 0
    for (const file of expanded.files) {
      const input = problems.has(file) ? undefined : await readInput(file)
      if (!input) {
        fail(`${file}: ${problems.get(file)}`)
        hadErrors = true
        continue
      }
      // When nothing may be written, report the file as it is, not as it would be after fixing.
      const outcome = processText(input.text, file, setup, {...context, fix: mayWrite})
      reportFailures(file, outcome.failures)
      results.push(outcome.result)
      if (mayWrite && outcome.fixed !== undefined && outcome.failures.length === 0) {
        await writeFileAtomic(file, restoreBom(outcome.fixed, input.bom))
      }
    }
    if (options.fix && !mayWrite) fail('no file was changed because of the errors above')
  }

  const color = options.color ?? (io.env.NO_COLOR === undefined || io.env.NO_COLOR === '' ? Boolean(io.stdout.isTTY && supportsColor) : false)
  const formatted = formatters[options.format](results, {color, cwd: io.cwd, quiet: options.quiet})
  // With `--stdin --fix` stdout carries the fixed text, so the report goes to stderr.
  const reportStream = options.stdin && options.fix ? io.stderr : io.stdout
  if (formatted) reportStream.write(formatted.endsWith('\n') ? formatted : formatted + '\n')

  if (hadErrors) return 2
  const messages = results.flatMap((result) => result.messages)
  const errors = messages.filter((message) => message.severity === 2).length
  const warnings = messages.length - errors
  if (errors > 0) return 1
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`scrapelint found too many warnings (${warnings}); the maximum allowed is ${options.maxWarnings}.\n`)
    return 1
  }
  return 0
}

interface Outcome {
  result: FileResult
  /** Fixed text, when fixing changed something. */
  fixed?: string
  failures: RuleFailure[]
}

function processText(text: string, filePath: string, setup: LintSetup, options: CliOptions & {corpus?: CorpusContext}): Outcome {
  const {corpus} = options
  if (options.fix || options.fixDryRun) {
    const fixed = fixDocument(text, setup, {path: filePath, unsafe: options.unsafe, corpus})
    const changed = fixed.output !== text
    return {
      result: {
        filePath,
        source: fixed.output,
        messages: fixed.remaining,
        output: options.fixDryRun && changed ? fixed.output : undefined,
        stats: documentStats(fixed.output, fixed.remaining)
      },
      fixed: changed ? fixed.output : undefined,
      failures: fixed.failures
    }
  }
  const linted = lintDocument(text, setup, {path: filePath, corpus})
  return {result: {filePath, source: text, messages: linted.messages, stats: documentStats(text, linted.messages)}, failures: linted.failures}
}

function usesCorpus(setup: LintSetup): boolean {
  return setup.rules.some((entry) => entry.severity !== 'off' && entry.rule.meta.usesCorpus === true)
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
}

function describeSystemError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOENT':
      return 'no such file or directory'
    case 'EISDIR':
      return 'is a directory'
    default:
      return error.message
  }
}
