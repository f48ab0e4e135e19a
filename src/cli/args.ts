/** Command-line flags → options, with one-line errors for anything unknown. */
import {parseArgs} from 'node:util'
import {ConfigError} from '../config/setup.js'
import {didYouMean} from '../util/suggest.js'

export interface CliOptions {
  paths: string[]
  fix: boolean
  fixDryRun: boolean
  unsafe: boolean
  stdin: boolean
  stdinFilename?: string
  rules: string[]
  format: string
  maxWarnings: number
  maxFileSize?: number
  quiet: boolean
  color?: boolean
  extensions?: string[]
  help: boolean
  version: boolean
}

const OPTIONS = {
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  unsafe: {type: 'boolean'},
  stdin: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  rule: {type: 'string', multiple: true},
  format: {type: 'string', short: 'f'},
  'max-warnings': {type: 'string'},
  'max-file-size': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  ext: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

export const HELP = `Usage: scrapelint [options] [file|dir|glob ...]

Lint text scraped from the web: scraping artifacts, machine-translation
glitches, broken sentences and leftover site chrome.

Fixing:
  --fix                   Apply safe fixes and write the files
  --fix-dry-run           Compute fixes without writing (JSON gets "output")
  --unsafe                With --fix/--fix-dry-run, also apply first suggestions

Input:
  --stdin                 Lint text from standard input (with --fix: fixed text to stdout)
  --stdin-filename NAME   Name for stdin text in reports (also picks Markdown by extension)
  --ext LIST              Extensions searched in directories (default: .txt,.text,.md)
  --max-file-size SIZE    Skip larger files, e.g. 64MB (default: 64MB)

Rules and output:
  --rule ID:SEVERITY      Set a rule to off, warn or error (repeatable)
  -f, --format NAME       Output format: stylish (default) or json
  --max-warnings N        Exit with 1 when there are more than N warnings
  -q, --quiet             Report errors only
  --color, --no-color     Force or disable colour (NO_COLOR is honoured)

  -h, --help              Show this help
  -v, --version           Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or
too many warnings, 2 usage, configuration or input errors.`

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    throw new ConfigError(explainParseError(error as Error))
  }
  const values = parsed.values
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings'])
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new ConfigError(`--max-warnings: expected a whole number, got "${values['max-warnings']}"`)
  const format = values.format ?? 'stylish'
  return {
    paths: parsed.positionals,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    unsafe: values.unsafe ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    rules: values.rule ?? [],
    format,
    maxWarnings,
    maxFileSize: values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']),
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    extensions: values.ext?.split(',').map((ext) => (ext.startsWith('.') ? ext : '.' + ext).toLowerCase()),
    help: values.help ?? false,
    version: values.version ?? false
  }
}

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?$/i.exec(value.trim())
  if (!match) throw new ConfigError(`--max-file-size: expected a size such as 500KB or 64MB, got "${value}"`)
  const unit = (match[2] ?? 'b').toLowerCase()[0]
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  return Math.round(Number(match[1]) * factor)
}

function explainParseError(error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message)
  if (unknown) {
    const flags = Object.keys(OPTIONS).map((name) => '--' + name)
    return `unknown option ${unknown[1]}${didYouMean(unknown[1], flags)} (see --help)`
  }
  return error.message.split('\n')[0]
}
