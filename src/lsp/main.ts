/** Start the language server on stdio (`scrapelint lsp --stdio`, `scrapelint-lsp`). */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

export function runLanguageServer(args: readonly string[]): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: scrapelint lsp --stdio   (also: scrapelint-lsp)\n\nA language server on standard input and output, for editors: see docs/editors.md.\n')
    process.exit(0)
  }
  const unsupported = args.find((arg) => arg !== '--stdio')
  if (unsupported) {
    process.stderr.write(`scrapelint lsp: unsupported option ${unsupported}; only --stdio is supported\n`)
    process.exit(2)
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  // One failed request must not take the editor's diagnostics down with it.
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`))
  startServer(connection)
}
