/**
 * Keeps the configuration cache in step with the disk when no file watcher
 * tells us (clients without dynamic `didChangeWatchedFiles` registration,
 * such as Neovim 0.7, and files outside the workspace that watchers do not
 * cover): before each lint, the files a document's configuration can come
 * from are stat-ed and compared with the last look.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {clearConfigCache} from '../config/resolve.js'
import {IGNORE_FILE} from '../config/discover.js'
import {CONFIG_FILES} from '../config/load.js'

const NAMES: readonly string[] = [...CONFIG_FILES, IGNORE_FILE]

/** What changes when a file is written, replaced, created or deleted. */
function signature(file: string): string {
  // Synchronous on purpose: a few dozen stats take well under a millisecond, and
  // comparing, recording and clearing in one step leaves no room for a race between lints.
  const stats = statSync(file, {throwIfNoEntry: false})
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : 'absent'
}

/** Every file discovery may read for a file in `directory`: each config and ignore file name, up to the root. */
function candidates(directory: string): string[] {
  const files: string[] = []
  for (let current = directory; ; current = path.dirname(current)) {
    for (const name of NAMES) files.push(path.join(current, name))
    if (path.dirname(current) === current) return files
  }
}

export class ConfigFreshness {
  /** Signature of each file at the last look. */
  private readonly seen = new Map<string, string>()
  /** Files outside the discovery chain that a configuration was read from (`extends`). */
  private readonly extra = new Set<string>()
  private broken = false

  /**
   * Clear the configuration cache if a file the configuration of `file`
   * (absolute) is read from changed since the last look, or if the last
   * resolution failed. Returns whether something changed on disk (then
   * other documents need linting again too).
   */
  refresh(file: string): boolean {
    let changed = false
    for (const candidate of new Set([...candidates(path.dirname(file)), ...this.extra])) {
      const now = signature(candidate)
      const before = this.seen.get(candidate)
      // A discovery candidate seen for the first time was never read (its directory was never
      // searched); an `extends` file was read before its first look, so that first look counts.
      if (before === undefined ? this.extra.has(candidate) : before !== now) changed = true
      this.seen.set(candidate, now)
    }
    // A broken configuration may come from a file we cannot know of: read it again each time (only while broken).
    if (changed || this.broken) clearConfigCache()
    this.broken = false
    return changed
  }

  /** The files a resolved configuration came from (`ResolvedConfig.configFiles`): looked at from now on. */
  track(files: readonly string[]): void {
    for (const file of files) this.extra.add(file)
  }

  /** The resolution failed: the next `refresh` re-reads the configuration whatever the disk says. */
  markBroken(): void {
    this.broken = true
  }
}
