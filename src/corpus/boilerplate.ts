/**
 * Cross-document boilerplate for `scrapelint corpus --learn-boilerplate`:
 * a first pass counts, per site (the host of the URL field, or the directory
 * of a text file), in how many documents each normalised line occurs; lines
 * recurring in many documents of their site are the site's template. In the
 * second pass each document is linted with its site's counts as the corpus
 * context, so `chrome-template` reports those lines with fixes deleting them.
 *
 * Lines are keyed as in `src/engine/corpus.ts` (normal form, 53-bit hash;
 * no text is kept). The table keeps only the recurring lines and can be
 * saved, so a large crawl is learned once and the table loaded by every
 * later (or parallel) run.
 */
import {promises as fs} from 'node:fs'
import {distinctLineKeys, type CorpusContext, keyOf} from '../engine/corpus.js'
import {ConfigError} from '../config/setup.js'

export const TABLE_FORMAT = 'scrapelint-boilerplate'
export const TABLE_VERSION = 1

export interface BoilerplateThresholds {
  /** A line is template when at least this many documents of its site hold it… */
  minDocuments: number
  /** …and at least this share of them. */
  share: number
}

export const DEFAULT_THRESHOLDS: BoilerplateThresholds = {minDocuments: 3, share: 0.01}

/** Distinct lines counted at most, over all sites (memory bound of the first pass). */
export const MAX_KEYS = 2_000_000

export interface SiteLines {
  documents: number
  /** `[line key, documents holding it]` for the recurring lines only. */
  lines: Array<[number, number]>
}

export interface BoilerplateTable extends BoilerplateThresholds {
  format: typeof TABLE_FORMAT
  version: typeof TABLE_VERSION
  sites: Record<string, SiteLines>
}

/** The site of a URL: its host name (lower case, without `www.`); undefined when it is no URL. */
export function siteOfUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined
  try {
    const host = new URL(url).hostname
    return host ? host.replace(/^www\./, '') : undefined
  } catch {
    return undefined
  }
}

export class BoilerplateLearner {
  readonly #sites = new Map<string, {documents: number; counts: Map<number, number>}>()
  readonly #thresholds: BoilerplateThresholds
  #keys = 0

  constructor(thresholds: BoilerplateThresholds = DEFAULT_THRESHOLDS) {
    this.#thresholds = thresholds
  }

  add(site: string, text: string): void {
    let entry = this.#sites.get(site)
    if (!entry) this.#sites.set(site, (entry = {documents: 0, counts: new Map()}))
    entry.documents++
    for (const key of distinctLineKeys(text)) {
      const count = entry.counts.get(key)
      if (count !== undefined) entry.counts.set(key, count + 1)
      else if (this.#keys < MAX_KEYS) {
        entry.counts.set(key, 1)
        this.#keys++
      }
    }
  }

  /** The recurring lines of every site. */
  table(): BoilerplateTable {
    const sites: Record<string, SiteLines> = {}
    for (const [site, {documents, counts}] of [...this.#sites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const least = threshold(documents, this.#thresholds)
      const lines: Array<[number, number]> = []
      for (const [key, count] of counts) if (count >= least) lines.push([key, count])
      lines.sort((a, b) => a[0] - b[0])
      sites[site] = {documents, lines}
    }
    return {format: TABLE_FORMAT, version: TABLE_VERSION, ...this.#thresholds, sites}
  }
}

function threshold(documents: number, thresholds: BoilerplateThresholds): number {
  return Math.max(thresholds.minDocuments, Math.ceil(thresholds.share * documents))
}

/** The corpus context of one site's documents: its document count and recurring lines. */
export function siteContexts(table: BoilerplateTable): (site: string | undefined) => CorpusContext | undefined {
  const contexts = new Map<string, CorpusContext>()
  return (site) => {
    if (site === undefined) return undefined
    const lines = table.sites[site]
    if (!lines || lines.lines.length === 0) return undefined
    let context = contexts.get(site)
    if (!context) {
      const counts = new Map(lines.lines)
      context = {
        files: lines.documents,
        filesWith(line: string): number {
          const key = keyOf(line)
          return key === undefined ? 0 : (counts.get(key) ?? 0)
        }
      }
      contexts.set(site, context)
    }
    return context
  }
}

export async function saveTable(file: string, table: BoilerplateTable): Promise<void> {
  await fs.writeFile(file, JSON.stringify(table) + '\n')
}

/** Read a saved table; `name` is how errors name it (the path as given). */
export async function loadTable(file: string, name = file): Promise<BoilerplateTable> {
  let raw: string
  try {
    raw = await fs.readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`--boilerplate-table ${name}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); learn one with --learn-boilerplate`)
  }
  let data: Partial<BoilerplateTable>
  try {
    data = JSON.parse(raw) as Partial<BoilerplateTable>
  } catch {
    throw new ConfigError(`--boilerplate-table ${name}: not JSON`)
  }
  if (data?.format !== TABLE_FORMAT || data.version !== TABLE_VERSION || typeof data.sites !== 'object' || data.sites === null) {
    throw new ConfigError(`--boilerplate-table ${name}: not a scrapelint boilerplate table (version ${TABLE_VERSION})`)
  }
  for (const [site, lines] of Object.entries(data.sites)) {
    if (typeof lines?.documents !== 'number' || !Array.isArray(lines.lines)) throw new ConfigError(`--boilerplate-table ${name}: site "${site}" is malformed`)
  }
  return data as BoilerplateTable
}
