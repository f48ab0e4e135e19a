/**
 * One corpus document through the shared engine (lint, or fix), to its
 * output line: `{id, score, keep, counts, text?, messages?}`, or
 * `{id?, line, error}` when the input line or a rule failed.
 */
import type {LintSetup} from '../engine/lint.js'
import {lintDocument} from '../engine/lint.js'
import {fixDocument} from '../engine/fix.js'
import {isDirectiveMessage} from '../engine/directives.js'
import {scoreDocument} from '../engine/score.js'
import {countWords} from '../engine/stats.js'
import type {CorpusContext} from '../engine/corpus.js'
import type {RuleFailure} from '../engine/scan.js'
import {toJsonMessage} from '../reporters/json.js'
import type {BoilerplateTable} from './boilerplate.js'
import {siteContexts, siteOfUrl} from './boilerplate.js'
import type {Item} from './input.js'

/** What a run asks of every document; the same in every worker. */
export interface DocumentSettings {
  textField: string
  idField: string
  urlField: string
  fix: boolean
  minScore?: number
  drop: boolean
  messages: boolean
  boilerplate?: BoilerplateTable
}

export interface BatchResult {
  /** Output lines, each ending in `\n`. */
  out: string
  documents: number
  dropped: number
  errors: number
}

/** Rules whose delete fixes `--fix` applies for learned boilerplate although they are suggestions. */
const BOILERPLATE_RULES: ReadonlySet<string> = new Set(['chrome-template'])

export class DocumentProcessor {
  readonly #setup: LintSetup
  readonly #settings: DocumentSettings
  readonly #contextOf: (site: string | undefined) => CorpusContext | undefined

  constructor(setup: LintSetup, settings: DocumentSettings) {
    this.#setup = setup
    this.#settings = settings
    this.#contextOf = settings.boilerplate ? siteContexts(settings.boilerplate) : () => undefined
  }

  batch(items: readonly Item[]): BatchResult {
    const result: BatchResult = {out: '', documents: 0, dropped: 0, errors: 0}
    for (const item of items) this.add(result, item)
    return result
  }

  add(result: BatchResult, item: Item): void {
    const outcome = this.#process(item)
    if (outcome.error) result.errors++
    else result.documents++
    if (outcome.dropped) result.dropped++
    else result.out += JSON.stringify(outcome.record) + '\n'
  }

  #process(item: Item): {record?: Record<string, unknown>; error?: boolean; dropped?: boolean} {
    if (item.kind === 'error') return {record: errorRecord(item.id, item.line, item.error), error: true}
    let id: unknown
    let text: string
    let site: string | undefined
    let path: string | undefined
    if (item.kind === 'file') {
      ;({id, text, site} = item)
      path = item.id
    } else {
      let record: unknown
      try {
        record = JSON.parse(item.raw)
      } catch (error) {
        return {record: errorRecord(undefined, item.line, `invalid JSON: ${(error as Error).message}`), error: true}
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        return {record: errorRecord(undefined, item.line, 'not a JSON object'), error: true}
      }
      const fields = record as Record<string, unknown>
      id = fields[this.#settings.idField]
      const value = fields[this.#settings.textField]
      if (value === undefined) return {record: errorRecord(id, item.line, `no "${this.#settings.textField}" field`), error: true}
      if (typeof value !== 'string') return {record: errorRecord(id, item.line, `"${this.#settings.textField}" is not a string`), error: true}
      text = value.startsWith('\uFEFF') ? value.slice(1) : value
      site = siteOfUrl(fields[this.#settings.urlField])
    }
    const line = item.kind === 'line' ? item.line : undefined
    try {
      return this.#lint(id, line, text, site, path)
    } catch (error) {
      return {record: errorRecord(id, line, `internal error: ${(error as Error).message}`), error: true}
    }
  }

  #lint(id: unknown, line: number | undefined, text: string, site: string | undefined, path: string | undefined) {
    const settings = this.#settings
    const corpus = this.#contextOf(site)
    const options = {path, corpus}
    let cleaned: string | undefined
    let linted
    if (settings.fix) {
      const fixed = fixDocument(text, this.#setup, {...options, unsafeRules: corpus ? BOILERPLATE_RULES : undefined})
      linted = fixed.initial
      cleaned = fixed.output
      if (fixed.failures.length > 0) return {record: errorRecord(id, line, crashed(fixed.failures)), error: true}
    } else {
      linted = lintDocument(text, this.#setup, options)
    }
    if (linted.failures.length > 0) return {record: errorRecord(id, line, crashed(linted.failures)), error: true}
    const findings = linted.messages.filter((message) => !isDirectiveMessage(message))
    const score = scoreDocument(linted.doc, findings, countWords(text)).score
    const keep = settings.minScore === undefined || score >= settings.minScore
    if (!keep && settings.drop) return {dropped: true}
    const counts: Record<string, number> = {}
    for (const message of findings) counts[message.category] = (counts[message.category] ?? 0) + 1
    const record: Record<string, unknown> = {id: id ?? null, score, keep, counts: sortKeys(counts)}
    if (cleaned !== undefined) record.text = cleaned
    if (settings.messages) record.messages = linted.messages.map(toJsonMessage)
    return {record}
  }
}

function errorRecord(id: unknown, line: number | undefined, error: string): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  if (id !== undefined) record.id = id
  if (line !== undefined) record.line = line
  record.error = error
  return record
}

function crashed(failures: readonly RuleFailure[]): string {
  return failures.map((failure) => `rule ${failure.ruleId} crashed: ${failure.error.message}`).join('; ')
}

function sortKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
