/**
 * One text through the engine as the CLI needs it: lint or fix, then the
 * figures reported with it (statistics and quality score), with an optional
 * result cache in front.
 */
import type {CorpusContext} from '../engine/corpus.js'
import {Doc} from '../engine/doc.js'
import {isDirectiveMessage} from '../engine/directives.js'
import {editOf, fixDocument} from '../engine/fix.js'
import {lintDocument, type LintSetup} from '../engine/lint.js'
import type {RuleFailure} from '../engine/scan.js'
import {scoreDocument} from '../engine/score.js'
import {documentStats} from '../engine/stats.js'
import type {ScrapelintMessage} from '../engine/types.js'
import type {FileResult} from '../reporters/index.js'
import {LintCache} from './cache.js'

export interface ProcessMode {
  /** Apply fixes (the caller writes the fixed text). */
  fix: boolean
  /** Compute fixes and report the fixed text as `output`. */
  fixDryRun: boolean
  unsafe: boolean
  /** Line counts over all files of the run, for rules that compare files. */
  corpus?: CorpusContext
}

export interface Outcome {
  result: FileResult
  /** Fixed text, when fixing changed something. */
  fixed?: string
  failures: RuleFailure[]
}

export interface CacheUse {
  cache: LintCache
  /** The configuration's fingerprint (`ResolvedConfig.fingerprint`). */
  fingerprint: string
}

export function processText(text: string, filePath: string, setup: LintSetup, mode: ProcessMode, bom = false, cached?: CacheUse): Outcome {
  const fixing = mode.fix || mode.fixDryRun
  // With a corpus the findings also depend on how many other files share each line.
  if (cached && mode.corpus) cached = {...cached, fingerprint: cached.fingerprint + corpusSignature(text, mode.corpus)}
  const hit = cached?.cache.get(filePath, LintCache.key(text, cached.fingerprint))
  // A hit stands for the run only when fixing would change nothing.
  if (hit && !(fixing && hit.messages.some((message) => editOf(message, mode.unsafe)))) {
    return {result: {filePath, source: text, messages: hit.messages, stats: hit.stats, score: hit.score, bom}, failures: []}
  }

  let outcome: Outcome
  if (fixing) {
    const fixed = fixDocument(text, setup, {path: filePath, unsafe: mode.unsafe, corpus: mode.corpus})
    const changed = fixed.output !== text
    const result = fileResult(filePath, fixed.output, fixed.remaining, new Doc(fixed.output, {path: filePath}), bom)
    if (mode.fixDryRun && changed) Object.assign(result, {output: fixed.output, input: text})
    outcome = {result, fixed: changed ? fixed.output : undefined, failures: fixed.failures}
  } else {
    const linted = lintDocument(text, setup, {path: filePath, corpus: mode.corpus})
    outcome = {result: fileResult(filePath, text, linted.messages, linted.doc, bom), failures: linted.failures}
  }
  if (cached && outcome.failures.length === 0) {
    const {source, messages, stats, score} = outcome.result
    cached.cache.set(filePath, LintCache.key(source, cached.fingerprint), {messages, stats, score})
  }
  return outcome
}

/** A file's result with its statistics and score; messages about directives are not findings in the text. */
export function fileResult(filePath: string, source: string, messages: ScrapelintMessage[], doc: Doc, bom = false): FileResult {
  const findings = messages.filter((message) => !isDirectiveMessage(message))
  const stats = documentStats(source, findings)
  return {filePath, source, messages, stats, score: scoreDocument(doc, findings, stats.words).score, bom}
}

/** What a file's findings can depend on in the corpus: the run's size and the count of each of its lines. */
function corpusSignature(text: string, corpus: CorpusContext): string {
  return `|corpus:${corpus.files}:` + text.split(/\r\n|\n|\r/).map((line) => corpus.filesWith(line)).join(',')
}
