/** Command-line flags → options, with one-line errors for anything unknown. */
import {parseArgs} from 'node:util'
import {ConfigError} from '../config/setup.js'
import {FORMAT_NAMES} from '../reporters/index.js'
import {parseSize} from '../util/size.js'
import {didYouMean} from '../util/suggest.js'

export interface CliOptions {
  paths: string[]
  fix: boolean
  fixDryRun: boolean
  unsafe: boolean
  stdin: boolean
  stdinFilename?: string
  /** Lint what is staged in git (the index), not the working tree. */
  staged: boolean
  rules: string[]
  format: string
  maxWarnings: number
  maxFileSize?: number
  quiet: boolean
  color?: boolean
  extensions?: string[]
  config?: string
  noConfig: boolean
  ignorePatterns: string[]
  printConfig?: string
  minScore?: number
  reportUnusedDirectives: boolean
  cache: boolean
  outputFile?: string
  help: boolean
  version: boolean
}

const OPTIONS = {
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  unsafe: {type: 'boolean'},
  stdin: {type: 'boolean'},
  staged: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  rule: {type: 'string', multiple: true},
  format: {type: 'string', short: 'f'},
  'max-warnings': {type: 'string'},
  'max-file-size': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  ext: {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  'ignore-pattern': {type: 'string', multiple: true},
  'print-config': {type: 'string'},
  'min-score': {type: 'string'},
  'report-unused-directives': {type: 'boolean'},
  cache: {type: 'boolean'},
  'output-file': {type: 'string', short: 'o'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

export const HELP = `Usage: scrapelint [options] [file|dir|glob ...]
       scrapelint --staged [options] [path ...]
       scrapelint hook install [--force] | hook uninstall
       scrapelint corpus [options] [input.jsonl[.gz]|dir|- ...]   (see corpus --help)
       scrapelint lsp --stdio

Lint text scraped from the web: scraping artifacts, machine-translation
glitches, broken sentences and leftover site chrome.

Fixing:
  --fix                   Apply safe fixes and write the files
  --fix-dry-run           Compute fixes without writing (JSON gets "output")
  --unsafe                With --fix/--fix-dry-run, also apply first suggestions

Input:
  --stdin                 Lint text from standard input (with --fix: fixed text to stdout)
  --stdin-filename NAME   Name for stdin text in reports (also picks Markdown by extension)
  --staged                Lint the staged (git index) content of changed files; with --fix,
                          fix files without unstaged changes and re-stage them
  --ext LIST              Extensions searched in directories (default: .txt,.text,.md)
  --max-file-size SIZE    Skip larger files, e.g. 64MB (default: 64MB, or maxFileSize in config)
  --ignore-pattern GLOB   Skip matching files, gitignore syntax (repeatable)
  --cache                 Reuse results of unchanged files (node_modules/.cache/scrapelint)

Configuration:
  -c, --config PATH       Use this config file instead of looking for one
  --no-config             Use no config file
  --print-config FILE     Print the configuration that applies to FILE and exit
  --rule ID:SEVERITY      Set a rule to off, warn or error (repeatable; wins over config)
  --report-unused-directives
                          Report scrapelint-disable comments that suppress nothing
                          and unknown rule ids in directives

Output:
  -f, --format NAME       stylish (default), json, compact, github, sarif, or diff
                          (diff: what --fix would change; needs --fix-dry-run)
  -o, --output-file PATH  Write the report to PATH instead of standard output
  --max-warnings N        Exit with 1 when there are more than N warnings
  --min-score N           Exit with 1 when a file's quality score is below N (0-100)
  -q, --quiet             Report errors only
  --color, --no-color     Force or disable colour (NO_COLOR is honoured)

  -h, --help              Show this help
  -v, --version           Show the version

Environment:
  TIMING=1|all|N          After the report, print the 10 (all, N) slowest rules on stderr
  SCRAPELINT_NO_BUNDLE=1  Run the compiled modules instead of the start-up bundle

Exit codes: 0 no errors (and warnings within --max-warnings, scores at least
--min-score), 1 lint errors, too many warnings or a score below --min-score,
2 usage, configuration or input errors.`

/**
 * `--max-warnings -1` as ESLint takes it: node's parser reads a value that
 * starts with `-` as an option, so a negative number is joined to its flag.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index].startsWith('--') ? argv[index].slice(2) : undefined
    const takesValue = name !== undefined && (OPTIONS as Record<string, {type: string}>)[name]?.type === 'string'
    if (takesValue && /^-\d/.test(argv[index + 1] ?? '')) joined.push(`${argv[index]}=${argv[++index]}`)
    else joined.push(argv[index])
  }
  return joined
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    throw new ConfigError(explainParseError(error as Error))
  }
  const values = parsed.values
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings'])
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new ConfigError(`--max-warnings: expected a whole number, got "${values['max-warnings']}"`)
  const format = values.format ?? 'stylish'
  let minScore: number | undefined
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score'])
    if (values['min-score'].trim() === '' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
      throw new ConfigError(`--min-score: expected a number from 0 to 100, got "${values['min-score']}"`)
    }
  }
  return {
    paths: parsed.positionals,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    unsafe: values.unsafe ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    staged: values.staged ?? false,
    rules: values.rule ?? [],
    format,
    maxWarnings,
    maxFileSize: values['max-file-size'] === undefined ? undefined : parseSizeFlag(values['max-file-size']),
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    extensions: values.ext?.split(',').map((ext) => (ext.startsWith('.') ? ext : '.' + ext).toLowerCase()),
    config: values.config,
    noConfig: values['no-config'] ?? false,
    ignorePatterns: values['ignore-pattern'] ?? [],
    printConfig: values['print-config'],
    minScore,
    reportUnusedDirectives: values['report-unused-directives'] ?? false,
    cache: values.cache ?? false,
    outputFile: values['output-file'],
    help: values.help ?? false,
    version: values.version ?? false
  }
}

/** Combinations of options that make no sense, and unknown formats. */
export function checkUsage(options: CliOptions): void {
  if (!FORMAT_NAMES.includes(options.format)) {
    throw new ConfigError(`--format: unknown format "${options.format}"${didYouMean(options.format, FORMAT_NAMES)}; expected ${FORMAT_NAMES.join(', ')}`)
  }
  if (options.format === 'diff' && !options.fixDryRun) throw new ConfigError('--format diff shows what --fix would change: add --fix-dry-run')
  if (options.unsafe && !options.fix && !options.fixDryRun) throw new ConfigError('--unsafe needs --fix or --fix-dry-run')
  if (options.fix && options.fixDryRun) throw new ConfigError('give either --fix (write the fixes) or --fix-dry-run (only show them), not both')
  if (options.config !== undefined && options.noConfig) throw new ConfigError('give either --config or --no-config, not both')
  if (options.printConfig !== undefined) return
  if (options.stdin && options.paths.length > 0) throw new ConfigError('give either --stdin or paths, not both')
  if (options.stdin && options.staged) throw new ConfigError('give either --stdin or --staged, not both')
  if (options.staged) return
  if (!options.stdin && options.paths.length === 0) throw new ConfigError('no files given: name files or directories, or use --stdin or --staged (see --help)')
}

function parseSizeFlag(value: string): number {
  const size = parseSize(value)
  if (size === undefined) throw new ConfigError(`--max-file-size: expected a size such as 500KB or 64MB, got "${value}"`)
  return size
}

function explainParseError(error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message)
  if (unknown) {
    const flags = Object.keys(OPTIONS).map((name) => '--' + name)
    return `unknown option ${unknown[1]}${didYouMean(unknown[1], flags)} (see --help)`
  }
  return error.message.split('\n')[0]
}
