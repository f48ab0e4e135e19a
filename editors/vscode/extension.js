// Minimal VS Code client for the scrapelint language server.
// The server is the workspace's own scrapelint (node_modules/scrapelint), so the
// editor reports exactly what the project's CLI reports.
const path = require('node:path')
const fs = require('node:fs')
const vscode = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

let client

function serverModule() {
  const configured = vscode.workspace.getConfiguration('scrapelint').get('serverPath')
  if (configured) return configured
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const candidate = path.join(folder.uri.fsPath, 'node_modules', 'scrapelint', 'bin', 'scrapelint-lsp.js')
    if (fs.existsSync(candidate)) return candidate
  }
  return undefined
}

async function activate(context) {
  const module = serverModule()
  if (!module) {
    vscode.window.showWarningMessage('scrapelint: install it in the workspace (npm install -D scrapelint) or set scrapelint.serverPath.')
    return
  }
  const run = {module, transport: TransportKind.stdio}
  client = new LanguageClient(
    'scrapelint',
    'scrapelint',
    {run, debug: run},
    {
      documentSelector: [{language: 'plaintext'}, {language: 'markdown'}],
      synchronize: {configurationSection: 'scrapelint'}
    }
  )
  context.subscriptions.push(client)
  await client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = {activate, deactivate}
