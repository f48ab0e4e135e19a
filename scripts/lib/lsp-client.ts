/**
 * A real JSON-RPC client for the language server over stdio, for tests and
 * the latency benchmark: spawns `scrapelint lsp --stdio` and speaks LSP.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type InitializeResult,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol'

const BIN = fileURLToPath(new URL('../../../bin/scrapelint.js', import.meta.url))

export interface ClientOptions {
  capabilities?: ClientCapabilities
  initializationOptions?: unknown
  /** Answers to `workspace/configuration` requests (per item). */
  configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown
  cwd?: string
}

export class TestClient {
  private static readonly live = new Set<TestClient>()

  /** Kill whatever a failed test left running, so the test process can end. */
  static closeAll(): void {
    for (const client of TestClient.live) {
      client.process?.kill()
      client.connection.dispose()
    }
    TestClient.live.clear()
  }

  readonly connection: MessageConnection
  readonly process?: ChildProcessWithoutNullStreams
  readonly logs: string[] = []
  readonly registrations: unknown[] = []
  private readonly waiters: Array<{test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}> = []
  readonly published: PublishDiagnosticsParams[] = []
  stderr = ''

  /**
   * With `serve`, the server runs in this process on in-memory streams (to
   * test what cannot be provoked from outside, such as a crashing rule);
   * otherwise it is spawned as `scrapelint lsp --stdio`.
   */
  constructor(
    private readonly options: ClientOptions = {},
    serve?: (input: NodeJS.ReadableStream, output: NodeJS.WritableStream) => void
  ) {
    if (serve) {
      const toServer = new PassThrough()
      const toClient = new PassThrough()
      serve(toServer, toClient)
      this.connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
    } else {
      const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], {cwd: options.cwd, stdio: 'pipe'})
      child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
      this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
      this.process = child
    }
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      for (const waiter of [...this.waiters]) {
        if (waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1)
          waiter.resolve(params)
        }
      }
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => void this.logs.push(params.message))
    this.connection.onNotification('window/showMessage', (params: {message: string}) => void this.logs.push(params.message))
    this.connection.onRequest('client/registerCapability', (params: {registrations: unknown[]}) => {
      this.registrations.push(...params.registrations)
      return null
    })
    this.connection.onRequest('workspace/configuration', (params: {items: Array<{section?: string; scopeUri?: string}>}) =>
      params.items.map((item) => options.configuration?.(item.section, item.scopeUri) ?? null)
    )
    this.connection.listen()
    TestClient.live.add(this)
  }

  async initialize(): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      // An in-process server must not watch this process (it would keep a timer running).
      processId: this.process ? process.pid : null,
      rootUri: null,
      capabilities: this.options.capabilities ?? {},
      initializationOptions: this.options.initializationOptions
    })
    await this.connection.sendNotification(InitializedNotification.type, {})
    return result
  }

  /** The next diagnostics for `uri` that satisfy `test` (default: any). */
  diagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true, timeout = 5000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms; stderr: ${this.stderr}`)), timeout)
      this.waiters.push({
        test: (params) => params.uri === uri && test(params),
        resolve: (params) => {
          clearTimeout(timer)
          resolve(params)
        }
      })
    })
  }

  /** Shut the server down; resolves to its exit code (undefined for an in-process server). */
  async shutdown(): Promise<number | null | undefined> {
    await this.connection.sendRequest(ShutdownRequest.type)
    TestClient.live.delete(this)
    const child = this.process
    if (!child) {
      this.connection.dispose()
      return undefined
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    await this.connection.sendNotification(ExitNotification.type)
    const code = await exited
    this.connection.dispose()
    return code
  }
}
