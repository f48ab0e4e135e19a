/**
 * `--cache`: results of earlier runs, keyed by a hash of the file's content
 * and of everything that can change its findings (scrapelint's version, the
 * rules with their severities and options, plugins, `allow`). A hit skips
 * linting. Stored as one JSON file under `node_modules/.cache/scrapelint`,
 * one entry per file path, so it never grows beyond the files linted.
 */
import {createHash} from 'node:crypto'
import {existsSync, promises as fs} from 'node:fs'
import path from 'node:path'
import {VFileMessage} from 'vfile-message'
import type {DocumentStats} from '../engine/stats.js'
import type {ScrapelintMessage} from '../engine/types.js'
import {writeFileAtomic} from '../io/write.js'

export const CACHE_DIRECTORY = path.join('node_modules', '.cache', 'scrapelint')
const CACHE_FILE = 'results.json'
/** Bump when the stored shape changes. */
const FORMAT = 1

export interface CachedResult {
  messages: ScrapelintMessage[]
  stats: DocumentStats
  score: number
}

type StoredMessage = Pick<ScrapelintMessage, 'reason' | 'ruleId' | 'category' | 'url' | 'range' | 'fixKind' | 'severity'> & {
  place: ScrapelintMessage['place']
  actual?: string
  expected?: string[]
  note?: string
  data?: Record<string, unknown>
}

interface Entry {
  key: string
  messages: StoredMessage[]
  stats: DocumentStats
  score: number
}

export class LintCache {
  #entries: Map<string, Entry>
  #changed = false

  private constructor(
    readonly file: string,
    entries: Map<string, Entry>
  ) {
    this.#entries = entries
  }

  /**
   * The cache of the package `cwd` is in (the nearest directory with a
   * package.json, else `cwd`); an unreadable or outdated cache file starts an empty one.
   */
  static async open(cwd: string): Promise<LintCache> {
    const file = path.join(packageDirectory(cwd), CACHE_DIRECTORY, CACHE_FILE)
    let entries = new Map<string, Entry>()
    try {
      const data = JSON.parse(await fs.readFile(file, 'utf8')) as {format?: number; entries?: Record<string, Entry>}
      if (data.format === FORMAT && data.entries) entries = new Map(Object.entries(data.entries))
    } catch {
      // No cache yet, or a damaged one: start afresh.
    }
    return new LintCache(file, entries)
  }

  /** The key of `text` linted under the configuration `fingerprint`. */
  static key(text: string, fingerprint: string): string {
    return createHash('sha256').update(fingerprint).update('\0').update(text).digest('hex')
  }

  get(filePath: string, key: string): CachedResult | undefined {
    const entry = this.#entries.get(path.resolve(filePath))
    if (!entry || entry.key !== key) return undefined
    return {messages: entry.messages.map((stored) => reviveMessage(stored, filePath)), stats: entry.stats, score: entry.score}
  }

  set(filePath: string, key: string, result: CachedResult): void {
    this.#entries.set(path.resolve(filePath), {key, messages: result.messages.map(storeMessage), stats: result.stats, score: result.score})
    this.#changed = true
  }

  async save(): Promise<void> {
    if (!this.#changed) return
    await fs.mkdir(path.dirname(this.file), {recursive: true})
    await writeFileAtomic(this.file, JSON.stringify({format: FORMAT, entries: Object.fromEntries(this.#entries)}))
    this.#changed = false
  }
}

function packageDirectory(cwd: string): string {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json'))) return directory
    if (path.dirname(directory) === directory) return path.resolve(cwd)
  }
}

function storeMessage(message: ScrapelintMessage): StoredMessage {
  const stored: StoredMessage = {
    reason: message.reason,
    ruleId: message.ruleId,
    category: message.category,
    url: message.url,
    range: message.range,
    fixKind: message.fixKind,
    severity: message.severity,
    place: message.place
  }
  if (typeof message.actual === 'string') stored.actual = message.actual
  if (message.expected) stored.expected = message.expected
  if (message.note) stored.note = message.note
  if (message.data) stored.data = message.data
  return stored
}

function reviveMessage(stored: StoredMessage, filePath: string): ScrapelintMessage {
  const message = new VFileMessage(stored.reason, {place: stored.place, ruleId: stored.ruleId, source: 'scrapelint'}) as ScrapelintMessage
  message.file = filePath
  message.fatal = stored.severity === 2
  message.severity = stored.severity
  message.url = stored.url
  message.category = stored.category
  message.range = stored.range
  message.fixKind = stored.fixKind
  if (stored.actual !== undefined) message.actual = stored.actual
  if (stored.expected) message.expected = stored.expected
  if (stored.note) message.note = stored.note
  if (stored.data) message.data = stored.data
  return message
}
