import {after, test} from 'node:test'
import assert from 'node:assert/strict'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit
} from 'vscode-languageserver-protocol'
import {startServer} from '../../src/lsp/server.js'
import {ruleMap} from '../../rules/index.js'
import {TestClient} from '../../scripts/lib/lsp-client.js'

after(() => TestClient.closeAll())

const URI = 'file:///tmp/scrapelint-lsp/page.txt'
const DAMAGED = 'See also\u00a0 the report,, today.\nIt was the the end.\n'

async function open(client: TestClient, text: string, uri = URI, languageId = 'plaintext') {
  const published = client.diagnostics(uri)
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
  return published
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'plaintext', 1, text), edits)
}

type Encoding = 'utf-8' | 'utf-32'

/** Width of `text` in `encoding` (bytes or code points), computed independently of the server's code. */
function width(text: string, encoding: Encoding): number {
  return encoding === 'utf-8' ? Buffer.byteLength(text) : [...text].length
}

/** A position on the first line, just after `prefix`, in `encoding`. */
function at(prefix: string, encoding: Encoding): Position {
  return {line: 0, character: width(prefix, encoding)}
}

/** Apply edits whose positions are in `encoding` (single-line documents plus their final newline). */
function applyIn(text: string, edits: TextEdit[], encoding: Encoding): string {
  const toUtf16 = (position: Position): Position => {
    const line = text.split(/\r\n|\r|\n/)[position.line] ?? ''
    let units = 0
    let character = 0
    for (const char of line) {
      if (units >= position.character) break
      units += width(char, encoding)
      character += char.length
    }
    return {line: position.line, character}
  }
  return apply(text, edits.map((edit) => ({newText: edit.newText, range: {start: toUtf16(edit.range.start), end: toUtf16(edit.range.end)}})))
}

/** The code actions the server offers for `range` with these diagnostics in context. */
async function codeActions(client: TestClient, range: Range, diagnostics: Diagnostic[], uri = URI): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range, context: {diagnostics}})) as CodeAction[]
}

async function fixAll(client: TestClient, uri = URI): Promise<TextEdit[]> {
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    context: {diagnostics: [], only: ['source.fixAll']}
  })) as CodeAction[]
  assert.equal(actions.length, 1)
  return actions[0].edit!.changes![uri]
}

test('initialize: capabilities, incremental sync, UTF-16 by default', async () => {
  const client = new TestClient()
  const result = await client.initialize()
  assert.equal(result.capabilities.positionEncoding, 'utf-16')
  assert.deepEqual(result.capabilities.textDocumentSync, {openClose: true, change: 2, save: {includeText: false}})
  assert.deepEqual(result.capabilities.codeActionProvider, {codeActionKinds: ['quickfix', 'source.fixAll.scrapelint']})
  assert.equal(result.capabilities.hoverProvider, true)
  assert.equal(result.serverInfo?.name, 'scrapelint')
  assert.equal(await client.shutdown(), 0)
})

test('diagnostics on open: exact ranges, rule code, docs link, source, severity, version', async () => {
  const client = new TestClient()
  await client.initialize()
  const {diagnostics, version} = await open(client, DAMAGED)
  assert.equal(version, 1)
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character, diagnostic.severity]),
    [['invisible-characters', 0, 8, 9, 2], ['doubled-punctuation', 0, 20, 22, 2], ['repeated-words', 1, 7, 14, 2]]
  )
  assert.equal(diagnostics[0].source, 'scrapelint')
  assert.equal(diagnostics[0].message, 'No-break space (U+00A0); remove it')
  assert.equal(diagnostics[0].codeDescription?.href, 'https://github.com/scrapelint/scrapelint/blob/main/docs/rules/invisible-characters.md')
  await client.shutdown()
})

test('incremental edits: debounced, published for the newest version only', async () => {
  const client = new TestClient()
  await client.initialize()
  await open(client, DAMAGED)
  const before = client.published.length
  const newest = client.diagnostics(URI, (params) => params.version === 4)
  // Three quick edits: delete the doubled comma, then the doubled "the", then add one new problem.
  const edits = [
    {range: {start: {line: 0, character: 21}, end: {line: 0, character: 22}}, text: ''},
    {range: {start: {line: 1, character: 7}, end: {line: 1, character: 11}}, text: ''},
    {range: {start: {line: 1, character: 15}, end: {line: 1, character: 15}}, text: ' Done,, now.'}
  ]
  for (const [index, change] of edits.entries()) {
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri: URI, version: index + 2}, contentChanges: [change]})
  }
  const {diagnostics} = await newest
  assert.deepEqual(client.published.slice(before).map((params) => params.version), [4])
  assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character]), [
    ['invisible-characters', 0, 8],
    ['doubled-punctuation', 1, 20]
  ])
  await client.shutdown()
})

test('code actions: one quick fix per replacement, the safe one preferred; applying it fixes the text', async () => {
  const client = new TestClient()
  await client.initialize()
  const {diagnostics} = await open(client, DAMAGED)
  const target = diagnostics.find((diagnostic) => diagnostic.code === 'doubled-punctuation')!
  const actions = await codeActions(client, target.range, [target])
  const quickFix = actions.find((action) => action.kind === 'quickfix')!
  assert.equal(quickFix.title, 'Replace “,,” with “,” (doubled-punctuation)')
  assert.equal(quickFix.isPreferred, true)
  assert.deepEqual(quickFix.diagnostics, [target])
  assert.equal(apply(DAMAGED, quickFix.edit!.changes![URI]), 'See also\u00a0 the report, today.\nIt was the the end.\n')
  await client.shutdown()
})

test('source.fixAll.scrapelint fixes every safe problem in one edit', async () => {
  const client = new TestClient()
  await client.initialize()
  await open(client, DAMAGED)
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri: URI},
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    context: {diagnostics: [], only: ['source.fixAll']}
  })) as CodeAction[]
  assert.deepEqual(actions.map((action) => [action.kind, action.title]), [['source.fixAll.scrapelint', 'Fix all safe scrapelint problems in this file']])
  const fixed = apply(DAMAGED, actions[0].edit!.changes![URI])
  assert.equal(fixed, 'See also the report, today.\nIt was the end.\n')
  const clean = client.diagnostics(URI, (params) => params.version === 2)
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri: URI, version: 2}, contentChanges: [{text: fixed}]})
  assert.deepEqual((await clean).diagnostics, [])
  await client.shutdown()
})

test('UTF-8 position encoding when the client offers it', async () => {
  const client = new TestClient({capabilities: {general: {positionEncodings: ['utf-8', 'utf-16']}}})
  const result = await client.initialize()
  assert.equal(result.capabilities.positionEncoding, 'utf-8')
  const {diagnostics} = await open(client, 'Café 😀 word,, end')
  // "Café 😀 word" is 3+2+1+4+1+4 = 15 bytes before ",,".
  assert.deepEqual(diagnostics[0].range, {start: {line: 0, character: 15}, end: {line: 0, character: 17}})
  await client.shutdown()
})

for (const encoding of ['utf-8', 'utf-32'] as const) {
  test(`incremental edits in ${encoding}: change ranges after an emoji and an accented letter are applied where the client meant`, async () => {
    const client = new TestClient({capabilities: {general: {positionEncodings: [encoding]}}})
    assert.equal((await client.initialize()).capabilities.positionEncoding, encoding)
    await open(client, 'Café 😀 word,, end\n')
    const changed = client.diagnostics(URI, (params) => params.version === 2)
    // Two changes in one notification: the second one's range is in the text the first one made.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: URI, version: 2},
      contentChanges: [
        {range: {start: at('Café 😀', encoding), end: at('Café 😀', encoding)}, text: ' the the'},
        {range: {start: at('Café 😀 the the word,, ', encoding), end: at('Café 😀 the the word,, end', encoding)}, text: 'énd 😀'}
      ]
    })
    const text = 'Café 😀 the the word,, énd 😀\n'
    const {diagnostics} = await changed
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]),
      [
        ['repeated-words', {start: at('Café 😀 ', encoding), end: at('Café 😀 the the', encoding)}],
        ['doubled-punctuation', {start: at('Café 😀 the the word', encoding), end: at('Café 😀 the the word,,', encoding)}]
      ]
    )
    assert.equal(applyIn(text, await fixAll(client), encoding), 'Café 😀 the word, énd 😀\n')
    await client.shutdown()
  })
}

test('a quick fix that inserts a line break uses the CRLF of a CRLF document', async () => {
  const client = new TestClient()
  await client.initialize()
  const text = 'One\u2028two.\r\nEnd.\r\n'
  const {diagnostics} = await open(client, text)
  assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [['invisible-characters', {start: {line: 0, character: 3}, end: {line: 0, character: 4}}]])
  const actions = await codeActions(client, diagnostics[0].range, diagnostics)
  const quickFix = actions.find((action) => action.kind === 'quickfix')!
  assert.equal(quickFix.title, 'Replace “U+2028” with “⏎” (invisible-characters)')
  assert.deepEqual(quickFix.edit!.changes![URI], [{range: diagnostics[0].range, newText: '\r\n'}])
  assert.equal(apply(text, quickFix.edit!.changes![URI]), 'One\r\ntwo.\r\nEnd.\r\n')
  await client.shutdown()
})

test('a BOM is not a finding; positions, quick fixes and fix-all keep it in place', async () => {
  const client = new TestClient()
  await client.initialize()
  const text = '\ufeffSee also the report,, today.\nIt was the the end.\n'
  const {diagnostics} = await open(client, text)
  // ",," is at columns 19-21 of the text after the BOM: one further in the document.
  assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [
    ['doubled-punctuation', {start: {line: 0, character: 20}, end: {line: 0, character: 22}}],
    ['repeated-words', {start: {line: 1, character: 7}, end: {line: 1, character: 14}}]
  ])
  const actions = await codeActions(client, diagnostics[0].range, [diagnostics[0]])
  const quickFix = actions.find((action) => action.kind === 'quickfix')!
  assert.equal(apply(text, quickFix.edit!.changes![URI]), '\ufeffSee also the report, today.\nIt was the the end.\n')
  const hover = await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: URI}, position: {line: 0, character: 21}})
  assert.match((hover!.contents as {value: string}).value, /\[doubled-punctuation\]/)
  assert.equal(apply(text, await fixAll(client)), '\ufeffSee also the report, today.\nIt was the end.\n')
  await client.shutdown()
})

test('a BOM in UTF-8 position encoding shifts the first line by its three bytes', async () => {
  const client = new TestClient({capabilities: {general: {positionEncodings: ['utf-8']}}})
  await client.initialize()
  const {diagnostics} = await open(client, '\ufeffCafé,, ok\n')
  assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [['doubled-punctuation', {start: {line: 0, character: 8}, end: {line: 0, character: 10}}]])
  assert.equal(applyIn('\ufeffCafé,, ok\n', await fixAll(client), 'utf-8'), '\ufeffCafé, ok\n')
  await client.shutdown()
})

test('after shutdown, requests get InvalidRequest and documents are no longer linted', async () => {
  const client = new TestClient()
  await client.initialize()
  await open(client, DAMAGED)
  assert.equal(await client.connection.sendRequest(ShutdownRequest.type), null)
  await assert.rejects(client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: URI}, position: {line: 0, character: 21}}), {
    code: -32600,
    message: 'scrapelint: the server is shut down; only "exit" is accepted'
  })
  await assert.rejects(
    client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri: URI}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}}),
    {code: -32600}
  )
  const published = client.published.length
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: 'file:///tmp/scrapelint-lsp/late.txt', languageId: 'plaintext', version: 1, text: DAMAGED}})
  await new Promise((resolve) => setTimeout(resolve, 400))
  assert.equal(client.published.length, published)
  const exited = new Promise<number | null>((resolve) => client.process!.once('exit', resolve))
  await client.connection.sendNotification(ExitNotification.type)
  assert.equal(await exited, 0)
  client.connection.dispose()
})

test('settings from workspace/configuration: rule overrides, enable, and a too-large document', async () => {
  let settings: Record<string, unknown> = {rules: {'doubled-punctuation': 'off'}, maxFileSize: 200}
  const client = new TestClient({capabilities: {workspace: {configuration: true}}, configuration: () => settings})
  await client.initialize()
  const first = await open(client, DAMAGED)
  assert.deepEqual(first.diagnostics.map((diagnostic) => diagnostic.code), ['invisible-characters', 'repeated-words'])

  const bigUri = 'file:///tmp/scrapelint-lsp/big.txt'
  const big = await open(client, 'Some text,, here.\n'.repeat(20), bigUri)
  assert.equal(big.diagnostics.length, 1)
  assert.equal(big.diagnostics[0].severity, 3)
  assert.match(big.diagnostics[0].message as string, /^scrapelint did not check this file: it is 360 bytes, over the 200 bytes limit \(setting scrapelint\.maxFileSize/)

  settings = {enable: false}
  const disabled = client.diagnostics(URI)
  await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
  assert.deepEqual((await disabled).diagnostics, [])
  await client.shutdown()
})

test('bad settings are reported, not fatal', async () => {
  const client = new TestClient({capabilities: {workspace: {configuration: true}}, configuration: () => ({rules: {'no-such-rule': 'warn'}})})
  await client.initialize()
  const {diagnostics} = await open(client, DAMAGED)
  assert.equal(diagnostics.length, 3)
  assert.ok(client.logs.some((log) => /unknown rule "no-such-rule"/.test(log)))
  await client.shutdown()
})

test('hover shows the rule description and a wrong/right example', async () => {
  const client = new TestClient()
  await client.initialize()
  await open(client, DAMAGED)
  const hover = await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: URI}, position: {line: 0, character: 21}})
  const value = (hover!.contents as {value: string}).value
  assert.match(value, /\*\*Doubled `,`; use one\*\* — \[doubled-punctuation\]\(https:/)
  assert.match(value, /Flag doubled punctuation/)
  assert.match(value, /Wrong:\n```text\n/)
  assert.match(value, /Right:\n```text\n/)
  assert.equal(await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: URI}, position: {line: 1, character: 0}}), null)
  await client.shutdown()
})

test('closing a document clears its diagnostics', async () => {
  const client = new TestClient()
  await client.initialize()
  await open(client, DAMAGED)
  const cleared = client.diagnostics(URI, (params) => params.diagnostics.length === 0)
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri: URI}})
  assert.equal((await cleared).version, undefined)
  await client.shutdown()
})

test('a rule that throws is logged and the other rules still report', async () => {
  const rule = ruleMap.get('repeated-words')!
  const original = rule.create
  ;(rule as {create: unknown}).create = () => {
    throw new Error('kaboom')
  }
  try {
    const client = new TestClient({}, (input, output) => startServer(createConnection(ProposedFeatures.all, input, output)))
    await client.initialize()
    const {diagnostics} = await open(client, DAMAGED)
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['invisible-characters', 'doubled-punctuation'])
    assert.ok(client.logs.some((log) => /rule repeated-words crashed on file:\/\/\/tmp\/scrapelint-lsp\/page\.txt: Error: kaboom/.test(log)))
    await client.shutdown()
  } finally {
    ;(rule as {create: unknown}).create = original
  }
})
