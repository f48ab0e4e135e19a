/**
 * The `scrapelint` command: resolve each file's configuration, read inputs,
 * lint or fix them with the shared engine, print a report, and set the exit
 * code (0 clean, 1 problems, 2 errors).
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {supportsColor} from 'chalk'
import {resolveConfigForFile, type ResolvedConfig, type ResolveOptions} from '../config/resolve.js'
import {ConfigError, parseRuleFlag} from '../config/setup.js'
import {CorpusBuilder} from '../engine/corpus.js'
import {editOf} from '../engine/fix.js'
import {restoreBom, type LintSetup} from '../engine/lint.js'
import {enableTimingFromEnv, formatTiming} from '../engine/timing.js'
import type {RuleFailure} from '../engine/scan.js'
import {decodeText, DEFAULT_MAX_FILE_SIZE, InputError} from '../io/decode.js'
import {DEFAULT_EXTENSIONS, expandTargets} from '../io/files.js'
import {describeSystemError, isSystemError} from '../io/errors.js'
import {isOneOf, prepareOutputFile} from '../io/write.js'
import {loadFormatter, type FileResult} from '../reporters/index.js'
import {packageVersion} from '../util/package.js'
import {checkUsage, HELP, parseCliArgs, type CliOptions} from './args.js'
import {FixWrites} from './fix-writes.js'
import {LintCache} from './cache.js'
import {runHookCommand} from './hook.js'
import {processText} from './process.js'
import {collectStaged, stage, type StagedInputs} from './staged.js'
import {GitError} from '../git/git.js'

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
  if (argv[0] === 'lsp') {
    // The server owns stdio from here on and exits on the client's `exit`.
    const {runLanguageServer} = await import('../lsp/main.js')
    runLanguageServer(argv.slice(1))
    return new Promise<number>(() => {})
  }
  if (argv[0] === 'hook') return runHookCommand(argv.slice(1), io.cwd, io.stdout, io.stderr)
  if (argv[0] === 'corpus') {
    // Loaded on demand: the worker pool is only for this command.
    const {runCorpusCommand} = await import('../corpus/run.js')
    return runCorpusCommand(argv.slice(1), io)
  }
  const fail = (message: string) => io.stderr.write(`scrapelint: error: ${message}\n`)
  let options: CliOptions
  let resolveOptions: ResolveOptions
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
    checkUsage(options)
    resolveOptions = {
      cwd: io.cwd,
      configPath: options.config,
      noConfig: options.noConfig,
      cliRules: Object.fromEntries(options.rules.map(parseRuleFlag)),
      ignorePatterns: options.ignorePatterns,
      reportUnusedDirectives: options.reportUnusedDirectives
    }
    if (options.printConfig !== undefined) {
      io.stdout.write(JSON.stringify(await printableConfig(options.printConfig, resolveOptions, options), null, 2) + '\n')
      return 0
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      fail(error.message)
      return 2
    }
    throw error
  }

  // Every configuration is resolved before anything is read or written: a broken config stops the run.
  let inputs: Input[]
  let expandErrors: string[] = []
  let staged: StagedInputs | undefined
  try {
    if (options.staged) {
      staged = await collectStaged(io.cwd, options.extensions ?? DEFAULT_EXTENSIONS, options.paths, options.fix)
      inputs = []
      for (const file of staged.files) {
        const config = await resolveConfigForFile(file.absolute, resolveOptions)
        if (!config.ignored) inputs.push({file: file.display, config, staged: file})
      }
    } else if (options.stdin) {
      inputs = [{file: options.stdinFilename ?? '<stdin>', config: await resolveConfigForFile(options.stdinFilename ?? 'stdin.txt', resolveOptions)}]
    } else {
      const expanded = await expandTargets(options.paths, options.extensions ?? DEFAULT_EXTENSIONS)
      expandErrors = expanded.errors
      inputs = []
      for (const file of expanded.files) {
        const config = await resolveConfigForFile(file, resolveOptions)
        if (!config.ignored) inputs.push({file, config})
      }
    }
    // The report must be writable before any file is fixed.
    if (options.outputFile) {
      const target = path.resolve(io.cwd, options.outputFile)
      // The report written over a linted file would lose its text.
      if (await isOneOf(target, inputs.map(({file, staged: entry}) => path.resolve(io.cwd, entry?.absolute ?? file)))) {
        throw new ConfigError(`--output-file ${options.outputFile} is also a file to lint; write the report to another file`)
      }
      await prepareOutputFile(target, `--output-file ${options.outputFile}`).catch((error: Error) => {
        throw new ConfigError(error.message)
      })
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof GitError) {
      fail(error.message)
      return 2
    }
    throw error
  }

  const timingRows = enableTimingFromEnv(io.env.TIMING)
  const results: FileResult[] = []
  let hadErrors = false
  const reportFailures = (name: string, failures: RuleFailure[]) => {
    for (const failure of failures) fail(`${name}: rule ${failure.ruleId} crashed: ${failure.error.message}`)
    if (failures.length > 0) hadErrors = true
  }
  const maxFileSize = (config: ResolvedConfig) => options.maxFileSize ?? config.maxFileSize

  if (options.stdin) {
    const [{file: name, config}] = inputs
    try {
      const bytes = await readAll(io.stdin)
      if (config.ignored) {
        // As ESLint does: say so, and with --fix hand the text through unchanged.
        io.stderr.write(`scrapelint: ${name} is ignored (an ignore file or pattern matches it); not linted\n`)
        if (options.fix) io.stdout.write(bytes)
        return 0
      }
      const {text, bom} = decodeText(bytes, maxFileSize(config))
      const outcome = processText(text, name, config.setup, options, bom)
      reportFailures(name, outcome.failures)
      results.push(outcome.result)
      if (options.fix && outcome.failures.length === 0) io.stdout.write(restoreBom(outcome.fixed ?? text, bom))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      fail(`${name}: ${error.message}`)
      hadErrors = true
    }
  } else {
    for (const message of expandErrors) fail(message)
    if (expandErrors.length > 0) hadErrors = true
    const cache = options.cache ? await LintCache.open(io.cwd) : undefined
    const problems = new Map<string, string>()
    const readInput = async ({file, config, staged: entry}: Input) => {
      try {
        const bytes = entry ? staged!.contents.get(entry.blob)! : await fs.readFile(file)
        return {...decodeText(bytes, maxFileSize(config)), bytes}
      } catch (error) {
        if (!(error instanceof InputError || isSystemError(error))) throw error
        problems.set(file, error instanceof InputError ? error.message : describeSystemError(error))
        return undefined
      }
    }
    // Rules that compare files need line counts over all inputs before the first file is linted.
    const corpus = inputs.length > 1 && inputs.some(({config}) => usesCorpus(config.setup)) ? new CorpusBuilder() : undefined
    // `--fix` writes nothing on a failed run: check every input before changing any file.
    // Both read each file once up front; files are read again when linted, so memory stays bounded.
    const writes = options.fix ? new FixWrites() : undefined
    const unwritable = new Map<string, string>()
    if (options.fix || corpus) {
      for (const input of inputs) {
        const decoded = await readInput(input)
        if (decoded && corpus) corpus.add(decoded.text)
        const reason = decoded && writes && (await writes.whyNotWritable(input.staged?.absolute ?? input.file))
        if (reason) unwritable.set(input.file, reason)
      }
    }
    const corpusContext = corpus?.build()
    const mayWrite = options.fix && !hadErrors && problems.size === 0
    for (const entry of inputs) {
      const {file, config} = entry
      const input = problems.has(file) ? undefined : await readInput(entry)
      if (!input) {
        fail(`${file}: ${problems.get(file)}`)
        hadErrors = true
        continue
      }
      // A staged file with unstaged edits cannot be fixed without mixing the two: judge it, leave it.
      const refuse = mayWrite && entry.staged !== undefined && staged!.unstaged.has(entry.staged.path)
      if (refuse) io.stderr.write(`scrapelint: ${file}: not fixed: it has unstaged changes (stage or stash them, then run again)\n`)
      // When nothing may be written, report the file as it is, not as it would be after fixing.
      const mode = {...options, fix: mayWrite && !refuse && !unwritable.has(file), corpus: corpusContext}
      const outcome = processText(input.text, file, config.setup, mode, input.bom, cache && {cache, fingerprint: config.fingerprint})
      reportFailures(file, outcome.failures)
      results.push(outcome.result)
      // A file that cannot be written is an error only when it has something to fix.
      if (mayWrite && unwritable.has(file) && outcome.result.messages.some((message) => editOf(message, options.unsafe))) {
        fail(`${file}: not fixed: cannot write it (${unwritable.get(file)})`)
        hadErrors = true
      }
      if (mode.fix && outcome.fixed !== undefined && outcome.failures.length === 0) {
        const restage = entry.staged && (() => stage(staged!.top, entry.staged!.path))
        await writes!.add(entry.staged?.absolute ?? file, restoreBom(outcome.fixed, input.bom), input.bytes, restage)
      }
    }
    if (writes && mayWrite) {
      const writeErrors = await writes.commit()
      for (const message of writeErrors) fail(message)
      if (writeErrors.length > 0) {
        hadErrors = true
        fail(writes.replaced === 0 ? 'no file was changed because of the errors above' : `only ${writes.replaced} of the fixed files were written because of the errors above`)
      }
    }
    if (options.fix && !mayWrite) fail('no file was changed because of the errors above')
    await cache?.save()
  }

  await writeReport(results, options, io)
  // On stderr, so that a JSON or SARIF report on stdout stays parseable.
  if (timingRows > 0) io.stderr.write(formatTiming(timingRows))
  if (hadErrors) return 2
  return verdict(results, options, io.stderr)
}

interface Input {
  /** The path as reported. */
  file: string
  config: ResolvedConfig
  /** With `--staged`: the index entry whose content is linted. */
  staged?: StagedInputs['files'][number]
}

/** The report goes to `--output-file`, else to stdout — or stderr when `--stdin --fix` puts the fixed text on stdout. */
async function writeReport(results: FileResult[], options: CliOptions, io: CliIo): Promise<void> {
  const toTerminal = !options.outputFile && Boolean(io.stdout.isTTY && supportsColor)
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== ''
  const color = options.color ?? (toTerminal && !noColorEnv)
  const formatted = (await loadFormatter(options.format))(results, {color, cwd: io.cwd, quiet: options.quiet})
  const report = formatted && !formatted.endsWith('\n') ? formatted + '\n' : formatted
  if (options.outputFile) {
    await fs.writeFile(path.resolve(io.cwd, options.outputFile), report)
  } else if (report) {
    const stream = options.stdin && options.fix ? io.stderr : io.stdout
    stream.write(report)
  }
}

/** Exit code of a run without input errors: 1 for lint errors, too many warnings, or a score below `--min-score`. */
function verdict(results: readonly FileResult[], options: CliOptions, stderr: NodeJS.WritableStream): number {
  const messages = results.flatMap((result) => result.messages)
  const errors = messages.filter((message) => message.severity === 2).length
  const warnings = messages.length - errors
  if (errors > 0) return 1
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    stderr.write(`scrapelint found too many warnings (${warnings}); the maximum allowed is ${options.maxWarnings}.\n`)
    return 1
  }
  const minScore = options.minScore
  if (minScore !== undefined) {
    const low = results.filter((result) => result.score < minScore)
    for (const result of low) stderr.write(`scrapelint: ${result.filePath} scores ${result.score}, below --min-score ${minScore}.\n`)
    if (low.length > 0) return 1
  }
  return 0
}

/** What `--print-config FILE` shows: the configuration that applies to FILE, every rule with its options. */
async function printableConfig(file: string, resolveOptions: ResolveOptions, options: CliOptions): Promise<Record<string, unknown>> {
  const resolved = await resolveConfigForFile(file, resolveOptions)
  return {
    filePath: resolved.filePath,
    configFile: resolved.configFile ?? null,
    configFiles: resolved.configFiles,
    // Every rule starts at its default severity, which is the `recommended` preset.
    presets: resolved.presets.length > 0 ? resolved.presets : ['recommended'],
    ignored: resolved.ignored,
    rules: resolved.rules,
    plugins: resolved.plugins,
    allow: resolved.allow,
    maxFileSize: options.maxFileSize ?? resolved.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    reportUnusedDirectives: options.reportUnusedDirectives
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

function usesCorpus(setup: LintSetup): boolean {
  return setup.rules.some((entry) => entry.severity !== 'off' && entry.rule.meta.usesCorpus === true)
}
