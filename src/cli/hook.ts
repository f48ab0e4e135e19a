/** `scrapelint hook install [--force]` and `scrapelint hook uninstall`. */
import {GitError} from '../git/git.js'
import {HookError, installHook, uninstallHook} from '../git/hook.js'

const USAGE = `Usage: scrapelint hook install [--force] | scrapelint hook uninstall

  install           Write a git pre-commit hook that runs \`scrapelint --staged\`
                    (where git looks for hooks: core.hooksPath or .git/hooks)
    --force         Replace a pre-commit hook scrapelint did not write; it is
                    kept as pre-commit.scrapelint-backup
  uninstall         Remove scrapelint's hook (and put a kept backup back)`

export async function runHookCommand(args: readonly string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out.write(USAGE + '\n')
    return 0
  }
  const [action, ...rest] = args
  const force = rest.includes('--force')
  const unknown = rest.find((arg) => arg !== '--force')
  if ((action !== 'install' && action !== 'uninstall') || unknown || (force && action !== 'install')) {
    err.write('scrapelint: error: usage: scrapelint hook install [--force] | scrapelint hook uninstall (see --help)\n')
    return 2
  }
  try {
    if (action === 'install') {
      const result = await installHook(cwd, {force})
      if (result.backup) out.write(`Kept the previous hook as ${result.backup}\n`)
      out.write(result.unchanged ? `The scrapelint pre-commit hook is already installed: ${result.hook}\n` : `Installed the scrapelint pre-commit hook: ${result.hook}\n`)
    } else {
      const result = await uninstallHook(cwd)
      out.write(result.removed ? `Removed the scrapelint pre-commit hook: ${result.hook}\n` : `No pre-commit hook to remove at ${result.hook}\n`)
      if (result.restored) out.write(`Put back the previous hook from ${result.restored}\n`)
    }
    return 0
  } catch (error) {
    if (!(error instanceof HookError || error instanceof GitError)) throw error
    err.write(`scrapelint: error: ${error.message}\n`)
    return 2
  }
}
