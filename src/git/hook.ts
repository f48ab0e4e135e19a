/**
 * `scrapelint hook install|uninstall`: a plain pre-commit hook that lints
 * what is staged. It goes where git looks for hooks (`core.hooksPath`, e.g.
 * husky's, or the common `hooks` directory of a worktree) and never replaces
 * a hook it did not write unless forced.
 */
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gitText} from './git.js'

/** Marks hooks this tool wrote; uninstall removes only those. */
export const HOOK_MARKER = '# installed by scrapelint hook install'
/** Where `install --force` keeps the hook it replaces, for `uninstall` to put back. */
const BACKUP_SUFFIX = '.scrapelint-backup'

export class HookError extends Error {
  override name = 'HookError'
}

export async function hooksDirectory(cwd: string): Promise<string> {
  // `--git-path hooks` honours core.hooksPath and worktrees; it is relative to cwd.
  return path.resolve(cwd, await gitText(cwd, ['rev-parse', '--git-path', 'hooks']))
}

function shellQuote(value: string): string {
  return "'" + value.replace(/'/g, "'\\''") + "'"
}

/** The hook: prefer the repository's own scrapelint, then one on PATH, then the one that installed it. */
export function hookScript(node = process.execPath, bin = fileURLToPath(new URL('../../../bin/scrapelint.js', import.meta.url))): string {
  return `#!/bin/sh
${HOOK_MARKER}
# Lints the staged content of changed text files; remove with: scrapelint hook uninstall
top=$(git rev-parse --show-toplevel) || exit 1
if [ -x "$top/node_modules/.bin/scrapelint" ]; then
  exec "$top/node_modules/.bin/scrapelint" --staged "$@"
elif command -v scrapelint >/dev/null 2>&1; then
  exec scrapelint --staged "$@"
else
  exec ${shellQuote(node)} ${shellQuote(bin)} --staged "$@"
fi
`
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

export interface InstallResult {
  hook: string
  /** Where a replaced foreign hook was kept (with `force`). */
  backup?: string
  /** The same hook was already installed. */
  unchanged: boolean
}

export async function installHook(cwd: string, options: {force?: boolean} = {}): Promise<InstallResult> {
  const directory = await hooksDirectory(cwd)
  const hook = path.join(directory, 'pre-commit')
  const existing = await readIfExists(hook)
  const script = hookScript()
  if (existing === script) return {hook, unchanged: true}
  let backup: string | undefined
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) {
    if (!options.force) {
      throw new HookError(`${hook} exists and was not written by scrapelint; not replaced (use --force to replace it; the old hook is then kept as pre-commit.scrapelint-backup)`)
    }
    backup = hook + BACKUP_SUFFIX
    await fs.rename(hook, backup)
  }
  await fs.mkdir(directory, {recursive: true})
  await fs.writeFile(hook, script, {mode: 0o755})
  await fs.chmod(hook, 0o755)
  return {hook, backup, unchanged: false}
}

/** Remove scrapelint's hook; a hook that `install --force` kept as a backup is put back. */
export async function uninstallHook(cwd: string): Promise<{hook: string; removed: boolean; restored?: string}> {
  const hook = path.join(await hooksDirectory(cwd), 'pre-commit')
  const existing = await readIfExists(hook)
  if (existing === undefined) return {hook, removed: false}
  if (!existing.includes(HOOK_MARKER)) throw new HookError(`${hook} was not written by scrapelint; left alone`)
  const backup = hook + BACKUP_SUFFIX
  if ((await readIfExists(backup)) !== undefined) {
    await fs.rename(backup, hook)
    return {hook, removed: true, restored: backup}
  }
  await fs.rm(hook)
  return {hook, removed: true}
}
