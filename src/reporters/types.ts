import type {DocumentStats} from '../engine/stats.js'
import type {ScrapelintMessage} from '../engine/types.js'

/** One linted file, as every reporter receives it. */
export interface FileResult {
  /** Path as given (or resolved from a directory); `<stdin>` or `--stdin-filename` for stdin. */
  filePath: string
  /** The text the messages refer to (after fixing, when fixes were applied). */
  source: string
  messages: ScrapelintMessage[]
  /** Fixed text, present with `--fix-dry-run` when it differs from the input. */
  output?: string
  /** Word count and findings per category of `source`. */
  stats: DocumentStats
  /** Quality score of `source`, 0–100 (docs/score.md). */
  score: number
  /** The text as read (without BOM), present with `output`: what a diff is taken against. */
  input?: string
  /** Whether the file starts with a byte order mark (kept by `--fix`). */
  bom?: boolean
}

export interface ReportContext {
  color: boolean
  cwd: string
  /** Only errors are shown (`--quiet`). */
  quiet: boolean
}

export type Formatter = (results: FileResult[], context: ReportContext) => string
