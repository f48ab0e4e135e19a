/** `scrapelint hook install [--force]` and `scrapelint hook uninstall`. */
import {GitError} from '../git/git.js'
import {HookError, installHook, uninstallHook} from '../git/hook.js'

export async function runHookCommand(args: readonly string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const [action, ...rest] = args
  const force = rest.includes('--force')
  const unknown = rest.find((arg) => arg !== '--force')
  if ((action !== 'install' && action !== 'uninstall') || unknown || (force && action !== 'install')) {
    err.write('scrapelint: error: usage: scrapelint hook install [--force] | scrapelint hook uninstall\n')
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
    }
    return 0
  } catch (error) {
    if (!(error instanceof HookError || error instanceof GitError)) throw error
    err.write(`scrapelint: error: ${error.message}\n`)
    return 2
  }
}
