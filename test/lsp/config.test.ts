/** The language server reads the project's configuration exactly as the CLI does. */
import {after, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  type CodeAction,
  type TextDocumentEdit
} from 'vscode-languageserver-protocol'
import {TestClient} from '../../scripts/lib/lsp-client.js'

after(() => TestClient.closeAll())

const BIN = fileURLToPath(new URL('../../../bin/scrapelint.js', import.meta.url))
const TEXT = 'See also\u00a0 the report,, today.\nIt was the the end.  \n'

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-lsp-config-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

async function openFile(client: TestClient, file: string) {
  const uri = pathToFileURL(file).href
  const published = client.diagnostics(uri)
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: readFileSync(file, 'utf8')}})
  return {uri, published: await published}
}

function workspace(dir: string) {
  return {workspaceFolders: [{uri: pathToFileURL(dir).href, name: 'project'}]}
}

test('the editor shows what the CLI reports for the same file and configuration', async () => {
  const dir = project({
    '.scrapelintrc.json': JSON.stringify({rules: {'irregular-spacing': 'off', 'repeated-words': 'error'}}),
    'page.txt': TEXT
  })
  const cli = JSON.parse(spawnSync(process.execPath, [BIN, '--format', 'json', 'page.txt'], {cwd: dir, encoding: 'utf8'}).stdout)[0]
  const client = new TestClient({cwd: dir})
  await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, ...workspace(dir)})
  await client.connection.sendNotification('initialized', {})
  const {published} = await openFile(client, path.join(dir, 'page.txt'))
  const fromEditor = published.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, d.severity === 1 ? 2 : 1, d.message])
  const fromCli = cli.messages.map((m: Record<string, unknown>) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.severity, m.message])
  assert.deepEqual(fromEditor, fromCli)
  assert.ok(fromCli.length >= 3)
  await client.shutdown()
})

test('a broken configuration is one error diagnostic; ignored files get none; config changes are picked up', async () => {
  const dir = project({'.scrapelintrc.json': '{"rulez": {}}', 'page.txt': TEXT, '.scrapelintignore': 'skipped.txt\n', 'skipped.txt': TEXT})
  const client = new TestClient({cwd: dir, capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}}})
  await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}}, ...workspace(dir)})
  await client.connection.sendNotification('initialized', {})
  const {uri, published} = await openFile(client, path.join(dir, 'page.txt'))
  assert.equal(published.diagnostics.length, 1)
  assert.equal(published.diagnostics[0].severity, 1)
  assert.match(published.diagnostics[0].message as string, /^scrapelint configuration error: \.scrapelintrc\.json: unknown key "rulez" \(did you mean "rules"\?\)/)
  writeFileSync(path.join(dir, '.scrapelintrc.json'), JSON.stringify({rules: {'invisible-characters': 'off'}}))
  const relinted = client.diagnostics(uri)
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: pathToFileURL(path.join(dir, '.scrapelintrc.json')).href, type: 2}]})
  assert.deepEqual((await relinted).diagnostics.map((d) => d.code), ['doubled-punctuation', 'repeated-words', 'irregular-spacing'])
  assert.deepEqual((await openFile(client, path.join(dir, 'skipped.txt'))).published.diagnostics, [])
  assert.ok(client.registrations.some((registration) => (registration as {method: string}).method === 'workspace/didChangeWatchedFiles'))
  await client.shutdown()
})

/** A client that cannot register file watchers (as Neovim 0.7): no workspace/didChangeWatchedFiles ever arrives. */
async function clientWithoutWatchers(dir: string): Promise<TestClient> {
  const client = new TestClient({cwd: dir})
  await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, ...workspace(dir)})
  await client.connection.sendNotification('initialized', {})
  return client
}

const codes = (params: {diagnostics: Array<{code?: unknown}>}) => params.diagnostics.map((d) => d.code)

test('without file watchers, a config fixed or changed on disk is picked up on the next save or edit', async () => {
  const dir = project({'.scrapelintrc.json': '{"rulez": {}}', 'page.txt': TEXT, 'other.txt': TEXT})
  const client = await clientWithoutWatchers(dir)
  const {uri, published} = await openFile(client, path.join(dir, 'page.txt'))
  const other = await openFile(client, path.join(dir, 'other.txt'))
  assert.match(published.diagnostics[0].message as string, /^scrapelint configuration error: \.scrapelintrc\.json: unknown key "rulez"/)
  assert.match(other.published.diagnostics[0].message as string, /^scrapelint configuration error/)

  // Fixed on disk, then the document is saved: both open documents follow the new configuration.
  writeFileSync(path.join(dir, '.scrapelintrc.json'), JSON.stringify({rules: {'invisible-characters': 'off'}}))
  const saved = client.diagnostics(uri)
  const otherRelinted = client.diagnostics(other.uri)
  await client.connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
  assert.deepEqual(codes(await saved), ['doubled-punctuation', 'repeated-words', 'irregular-spacing'])
  assert.deepEqual(codes(await otherRelinted), ['doubled-punctuation', 'repeated-words', 'irregular-spacing'])

  // Changed again (same size, so only the time stamps tell), then an edit.
  writeFileSync(path.join(dir, '.scrapelintrc.json'), JSON.stringify({rules: {'repeated-words': 'off'}}).padEnd(JSON.stringify({rules: {'invisible-characters': 'off'}}).length))
  const edited = client.diagnostics(uri, (params) => params.version === 2)
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 2}, contentChanges: [{text: TEXT}]})
  assert.deepEqual(codes(await edited), ['invisible-characters', 'doubled-punctuation', 'irregular-spacing'])

  // A new ignore file is noticed too.
  writeFileSync(path.join(dir, '.scrapelintignore'), 'page.txt\n')
  const ignored = client.diagnostics(uri, (params) => params.version === 3)
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 3}, contentChanges: [{text: TEXT}]})
  assert.deepEqual((await ignored).diagnostics, [])
  assert.deepEqual(client.registrations, [])
  await client.shutdown()
})

test('without file watchers, a change to an extended config outside the discovery path is picked up', async () => {
  const dir = project({'.scrapelintrc.json': JSON.stringify({extends: ['./shared/base.json']}), 'page.txt': TEXT})
  mkdirSync(path.join(dir, 'shared'))
  writeFileSync(path.join(dir, 'shared/base.json'), JSON.stringify({rules: {'invisible-characters': 'off'}}))
  const client = await clientWithoutWatchers(dir)
  const {uri, published} = await openFile(client, path.join(dir, 'page.txt'))
  assert.deepEqual(codes(published), ['doubled-punctuation', 'repeated-words', 'irregular-spacing'])
  writeFileSync(path.join(dir, 'shared/base.json'), JSON.stringify({rules: {'irregular-spacing': 'off'}}))
  const saved = client.diagnostics(uri)
  await client.connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
  assert.deepEqual(codes(await saved), ['invisible-characters', 'doubled-punctuation', 'repeated-words'])
  // Broken, then fixed: the error goes away with the next edit.
  writeFileSync(path.join(dir, 'shared/base.json'), '{"rules": {"irregular-spacing": "of"}}')
  const broken = client.diagnostics(uri, (params) => params.version === 2)
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 2}, contentChanges: [{text: TEXT}]})
  assert.match((await broken).diagnostics[0].message as string, /^scrapelint configuration error: shared\/base\.json/)
  writeFileSync(path.join(dir, 'shared/base.json'), '{"rules": {"irregular-spacing": "off"}}')
  const fixed = client.diagnostics(uri, (params) => params.version === 3)
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 3}, contentChanges: [{text: TEXT}]})
  assert.deepEqual(codes(await fixed), ['invisible-characters', 'doubled-punctuation', 'repeated-words'])
  await client.shutdown()
})

test('"Disable <rule> in this project" edits the existing config file', async () => {
  const config = '{\n  "rules": {\n    "repeated-words": "warn"\n  }\n}\n'
  const dir = project({'.scrapelintrc.json': config, 'page.txt': TEXT})
  const client = new TestClient({cwd: dir})
  await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, ...workspace(dir)})
  await client.connection.sendNotification('initialized', {})
  const {uri, published} = await openFile(client, path.join(dir, 'page.txt'))
  const target = published.diagnostics.find((d) => d.code === 'doubled-punctuation')!
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: target.range, context: {diagnostics: [target]}})) as CodeAction[]
  const disable = actions.find((action) => action.title.startsWith('Disable doubled-punctuation'))!
  assert.equal(disable.title, 'Disable doubled-punctuation in this project (.scrapelintrc.json)')
  const configUri = pathToFileURL(path.join(dir, '.scrapelintrc.json')).href
  const edited = TextDocument.applyEdits(TextDocument.create(configUri, 'json', 1, config), disable.edit!.changes![configUri])
  assert.deepEqual(JSON.parse(edited), {rules: {'repeated-words': 'warn', 'doubled-punctuation': 'off'}})
  await client.shutdown()
})

test('"Disable <rule> in this project" creates .scrapelintrc.json when the client can create files', async () => {
  const dir = project({'page.txt': TEXT})
  const capabilities = {workspace: {workspaceEdit: {documentChanges: true, resourceOperations: ['create' as const]}}}
  const client = new TestClient({cwd: dir})
  await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities, ...workspace(dir)})
  await client.connection.sendNotification('initialized', {})
  const {uri, published} = await openFile(client, path.join(dir, 'page.txt'))
  const target = published.diagnostics.find((d) => d.code === 'repeated-words')!
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: target.range, context: {diagnostics: [target]}})) as CodeAction[]
  const disable = actions.find((action) => action.title.startsWith('Disable repeated-words'))!
  const [create, insert] = disable.edit!.documentChanges! as [{kind: string; uri: string}, TextDocumentEdit]
  assert.equal(create.kind, 'create')
  assert.equal(create.uri, pathToFileURL(path.join(dir, '.scrapelintrc.json')).href)
  assert.deepEqual(JSON.parse((insert.edits[0] as {newText: string}).newText), {rules: {'repeated-words': 'off'}})
  await client.shutdown()
})
