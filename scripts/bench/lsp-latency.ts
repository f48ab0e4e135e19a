/**
 * Language server latency: time from sending `didChange` for a ~100 KB
 * document to receiving its `publishDiagnostics`, over real stdio JSON-RPC.
 * Measured with the debounce set to 0 (the server's own work) and with the
 * default 150 ms debounce. Target: < 50 ms after the debounce.
 */
import {DidChangeTextDocumentNotification, DidOpenTextDocumentNotification} from 'vscode-languageserver-protocol'
import {TestClient} from '../lib/lsp-client.js'
import type {BenchContext} from './index.js'

const URI = 'file:///bench/document.txt'
const ROUNDS = 20

async function measure(document: string, debounce: number | undefined): Promise<number[]> {
  const client = new TestClient({initializationOptions: debounce === undefined ? undefined : {debounce}})
  await client.initialize()
  const opened = client.diagnostics(URI)
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: URI, languageId: 'plaintext', version: 1, text: document}})
  await opened
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const version = round + 2
    const published = client.diagnostics(URI, (params) => params.version === version)
    const start = process.hrtime.bigint()
    // Type one character at the end of the first line.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: URI, version},
      contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: round % 2 ? 'x' : 'y'}]
    })
    await published
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  await client.shutdown()
  return times
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export async function lspLatency({chunks}: BenchContext): Promise<void> {
  let document = ''
  for (const chunk of chunks) {
    if (document.length >= 100_000) break
    document += chunk + '\n\n'
  }
  const size = (Buffer.byteLength(document) / 1000).toFixed(0)
  const direct = await measure(document, 0)
  const debounced = await measure(document, undefined)
  process.stdout.write(`language server, ${size} KB document, didChange → publishDiagnostics (median of ${ROUNDS})\n`)
  process.stdout.write(`  debounce 0 ms:    ${median(direct).toFixed(1)} ms  (max ${Math.max(...direct).toFixed(1)} ms)  target < 50 ms\n`)
  process.stdout.write(`  debounce 150 ms:  ${median(debounced).toFixed(1)} ms  (${(median(debounced) - 150).toFixed(1)} ms after the debounce)\n`)
}
