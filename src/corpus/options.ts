/** `scrapelint corpus` flags → options, with one-line errors for anything unknown. */
import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {isPreset, PRESET_NAMES, type PresetName} from '../config/presets.js'
import {ConfigError} from '../config/setup.js'
import {didYouMean} from '../util/suggest.js'

export interface CorpusOptions {
  /** JSONL files (maybe gzipped), directories of text files, or `-` for stdin. */
  inputs: string[]
  textField: string
  idField: string
  urlField: string
  jobs: number
  fix: boolean
  preset: PresetName
  minScore?: number
  drop: boolean
  messages: boolean
  /** File to write to; `-` or absent: stdout. A name ending in `.gz` is gzipped. */
  output?: string
  quiet: boolean
  strict: boolean
  learnBoilerplate: boolean
  boilerplateTable?: string
  config?: string
  noConfig: boolean
  rules: string[]
  extensions?: string[]
  help: boolean
}

const OPTIONS = {
  'text-field': {type: 'string'},
  'id-field': {type: 'string'},
  'url-field': {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  fix: {type: 'boolean'},
  preset: {type: 'string'},
  'min-score': {type: 'string'},
  drop: {type: 'boolean'},
  messages: {type: 'boolean'},
  output: {type: 'string', short: 'o'},
  // The lint command's name for the same option.
  'output-file': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  strict: {type: 'boolean'},
  'learn-boilerplate': {type: 'boolean'},
  'boilerplate-table': {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  rule: {type: 'string', multiple: true},
  ext: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

export const CORPUS_HELP = `Usage: scrapelint corpus [options] [input ...]

Score and clean a corpus as a stream: one JSON line out per document in,
in input order. Inputs are JSONL files (optionally .gz), directories of
text files, or - for standard input (the default).

Input:
  --text-field NAME       Field holding the text (default: text)
  --id-field NAME         Field holding the document id (default: id)
  --url-field NAME        Field holding the URL; its host is the site (default: url)
  --ext LIST              Extensions read in directories (default: .txt,.text,.md)

Processing:
  -j, --jobs N            Worker threads (default: number of cores)
  --preset NAME           recommended, strict or corpus (default: corpus); a config
                          file and --rule flags apply over it
  -c, --config PATH       Use this config file; --no-config: none
  --rule ID:SEVERITY      Set a rule to off, warn or error (repeatable)
  --fix                   Emit the cleaned text as "text"
  --min-score N           Documents scoring below N get "keep": false
  --drop                  With --min-score: leave those documents out
  --learn-boilerplate     First pass: lines recurring in many documents of a site
                          (URL host, or directory) are site chrome in the second
  --boilerplate-table FILE
                          Save the learned table there (with --learn-boilerplate),
                          or load it (without)

Output:
  -o, --output FILE       Write there instead of stdout (- is stdout; .gz: gzipped;
                          its directory is created); also --output-file
  --messages              Include the findings of each document
  -q, --quiet             No progress bar and no summary
  --strict                Exit 1 when a line or document could not be processed

Each output line: {"id", "score", "keep", "counts": {category: n}, "text"?, "messages"?};
a broken input line gives {"id"?, "line", "error"} and the run goes on.`

export function parseCorpusArgs(argv: string[]): CorpusOptions {
  let parsed
  try {
    parsed = parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    const message = (error as Error).message
    const unknown = /Unknown option '([^']+)'/.exec(message)
    const flags = Object.keys(OPTIONS).map((name) => '--' + name)
    throw new ConfigError(unknown ? `corpus: unknown option ${unknown[1]}${didYouMean(unknown[1], flags)} (see scrapelint corpus --help)` : `corpus: ${message.split('\n')[0]}`)
  }
  const values = parsed.values
  const preset = values.preset ?? 'corpus'
  if (!isPreset(preset)) throw new ConfigError(`--preset: unknown preset "${preset}"${didYouMean(preset, PRESET_NAMES)}; presets are ${PRESET_NAMES.join(', ')}`)
  let jobs = availableParallelism()
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) throw new ConfigError(`--jobs: expected a whole number of at least 1, got "${values.jobs}"`)
  }
  let minScore: number | undefined
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score'])
    if (values['min-score'].trim() === '' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
      throw new ConfigError(`--min-score: expected a number from 0 to 100, got "${values['min-score']}"`)
    }
  }
  const options: CorpusOptions = {
    inputs: parsed.positionals.length > 0 ? parsed.positionals : ['-'],
    textField: values['text-field'] ?? 'text',
    idField: values['id-field'] ?? 'id',
    urlField: values['url-field'] ?? 'url',
    jobs,
    fix: values.fix ?? false,
    preset,
    minScore,
    drop: values.drop ?? false,
    messages: values.messages ?? false,
    output: values.output ?? values['output-file'],
    quiet: values.quiet ?? false,
    strict: values.strict ?? false,
    learnBoilerplate: values['learn-boilerplate'] ?? false,
    boilerplateTable: values['boilerplate-table'],
    config: values.config,
    noConfig: values['no-config'] ?? false,
    rules: values.rule ?? [],
    extensions: values.ext?.split(',').map((ext) => (ext.startsWith('.') ? ext : '.' + ext).toLowerCase()),
    help: values.help ?? false
  }
  if (options.drop && options.minScore === undefined) throw new ConfigError('--drop leaves out documents below --min-score: add --min-score N')
  if (options.config !== undefined && options.noConfig) throw new ConfigError('give either --config or --no-config, not both')
  if (options.inputs.filter((input) => input === '-').length > 1) throw new ConfigError('standard input (-) can be read only once')
  if (options.learnBoilerplate && options.inputs.includes('-')) {
    throw new ConfigError('--learn-boilerplate reads the input twice, which standard input cannot do: learn from files into --boilerplate-table FILE, then load that table')
  }
  return options
}
