/**
 * Finding the configuration file (the nearest one, walking up to the file
 * system root) and the ignore files (all of them on the way up, as git reads
 * .gitignore files) that apply to a directory. Answers are cached per
 * directory; `clearDiscoveryCache` forgets them (an editor does so when
 * files change).
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {stripBom} from '../engine/lint.js'
import {CONFIG_FILES} from './load.js'

export const IGNORE_FILE = '.scrapelintignore'

const configCache = new Map<string, Promise<string | undefined>>()
const ignoreCache = new Map<string, Promise<string[]>>()
const entriesCache = new Map<string, Promise<Set<string>>>()

/** The nearest config file for files in `directory` (absolute), if any. */
export function findConfigFile(directory: string): Promise<string | undefined> {
  let answer = configCache.get(directory)
  if (!answer) {
    answer = (async () => {
      const parent = path.dirname(directory)
      return (await configFileIn(directory)) ?? (parent === directory ? undefined : findConfigFile(parent))
    })()
    configCache.set(directory, answer)
  }
  return answer
}

/** Every `.scrapelintignore` in `directory` (absolute) and above it, nearest first. */
export function findIgnoreFiles(directory: string): Promise<string[]> {
  let answer = ignoreCache.get(directory)
  if (!answer) {
    answer = (async () => {
      const parent = path.dirname(directory)
      const above = parent === directory ? [] : await findIgnoreFiles(parent)
      return (await entriesOf(directory)).has(IGNORE_FILE) ? [path.join(directory, IGNORE_FILE), ...above] : above
    })()
    ignoreCache.set(directory, answer)
  }
  return answer
}

export function clearDiscoveryCache(): void {
  configCache.clear()
  ignoreCache.clear()
  entriesCache.clear()
}

/** The config file in `directory` itself: the first of `CONFIG_FILES` present (`package.json` only with a "scrapelint" field). */
async function configFileIn(directory: string): Promise<string | undefined> {
  const entries = await entriesOf(directory)
  for (const name of CONFIG_FILES) {
    if (!entries.has(name)) continue
    const file = path.join(directory, name)
    if (name === 'package.json' && !(await hasScrapelintField(file))) continue
    return file
  }
  return undefined
}

async function hasScrapelintField(file: string): Promise<boolean> {
  try {
    const data = JSON.parse(stripBom(await fs.readFile(file, 'utf8')).text) as Record<string, unknown> | null
    return typeof data === 'object' && data !== null && data.scrapelint !== undefined
  } catch {
    // A broken package.json is npm's problem, not a scrapelint config.
    return false
  }
}

/** Names of the regular files (or links to them) in `directory`; none when it cannot be read. */
function entriesOf(directory: string): Promise<Set<string>> {
  let entries = entriesCache.get(directory)
  if (!entries) {
    entries = fs
      .readdir(directory, {withFileTypes: true})
      .catch(() => [])
      .then((list) => new Set(list.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name)))
    entriesCache.set(directory, entries)
  }
  return entries
}
