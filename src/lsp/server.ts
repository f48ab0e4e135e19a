/**
 * The language server: live diagnostics (debounced, never for a stale
 * version), quick fixes, fix-all on save, hovers with rule docs — all from the
 * same engine and configuration resolution as the CLI.
 */
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type WorkspaceEdit,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {promises as fs} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {planDisableRule} from '../config/edit.js'
import {clearConfigCache, resolveConfigForFile, type ResolvedConfig} from '../config/resolve.js'
import {ConfigError} from '../config/setup.js'
import {Doc, formatFromPath, type DocFormat} from '../engine/doc.js'
import {fixDocument} from '../engine/fix.js'
import {lintDocument, stripBom, type LintSetup} from '../engine/lint.js'
import type {ScrapelintMessage} from '../engine/types.js'
import {packageVersion} from '../util/package.js'
import {ruleMap} from '../../rules/index.js'
import {FIX_ALL_KIND, fixAllAction, minimalEdit, quickFixes} from './actions.js'
import {ConfigFreshness} from './config-freshness.js'
import {sameMessage, toDiagnostic} from './diagnostics.js'
import {hoverFor} from './hover.js'
import {columnOf, negotiateEncoding, PositionConverter, type PositionEncoding} from './positions.js'
import {DEFAULT_SETTINGS, readSettings, type ServerSettings} from './settings.js'
import {ShutdownGate} from './shutdown.js'
import {documentSync} from './sync.js'
import {formatSize} from '../util/size.js'

/** Files whose change means the project's scrapelint configuration may have changed. */
export const CONFIG_GLOBS = ['**/.scrapelintrc', '**/.scrapelintrc.{json,yaml,yml}', '**/scrapelint.config.{js,mjs}', '**/package.json', '**/.scrapelintignore']

const DEFAULT_DEBOUNCE_MS = 150

/** The last lint of a document version: what code actions and hovers answer from. */
interface Linted {
  version: number
  doc: Doc
  positions: PositionConverter
  messages: ScrapelintMessage[]
  setup: LintSetup
}

export function startServer(connection: Connection): void {
  let encoding: PositionEncoding = 'utf-16'
  const documents = new TextDocuments(documentSync(() => encoding))
  const timers = new Map<string, NodeJS.Timeout>()
  const linted = new Map<string, Linted>()
  const settingsCache = new Map<string, Promise<ServerSettings>>()
  const warned = new Set<string>()
  let projectRoot = process.cwd()
  let canCreateFiles = false
  let debounce = DEFAULT_DEBOUNCE_MS
  let canPullConfiguration = false
  let canWatchFiles = false
  const freshness = new ConfigFreshness()
  const gate = new ShutdownGate()

  const warnOnce = (message: string) => {
    if (warned.has(message)) return
    warned.add(message)
    // A notification, not `showWarningMessage` (a request some clients do not answer).
    void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: `scrapelint: ${message}`})
    connection.console.warn(message)
  }

  connection.onInitialize((params): InitializeResult => {
    encoding = negotiateEncoding(params.capabilities.general?.positionEncodings)
    canPullConfiguration = Boolean(params.capabilities.workspace?.configuration)
    canWatchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
    const workspaceEdit = params.capabilities.workspace?.workspaceEdit
    canCreateFiles = Boolean(workspaceEdit?.documentChanges && workspaceEdit.resourceOperations?.includes('create'))
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (root?.startsWith('file:')) projectRoot = fileURLToPath(root)
    const options = params.initializationOptions as {debounce?: unknown} | undefined
    if (typeof options?.debounce === 'number' && options.debounce >= 0) debounce = options.debounce
    return {
      capabilities: {
        positionEncoding: encoding,
        // didSave: saving re-reads a configuration changed on disk when no watcher said so.
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
        hoverProvider: true
      },
      serverInfo: {name: 'scrapelint', version: packageVersion()}
    }
  })

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, {section: 'scrapelint'})
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: CONFIG_GLOBS.map((globPattern) => ({globPattern}))})
    }
  })

  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!canPullConfiguration) return Promise.resolve(DEFAULT_SETTINGS)
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({scopeUri: uri, section: 'scrapelint'})
        .then((raw) => readSettings(raw, warnOnce), () => DEFAULT_SETTINGS)
      settingsCache.set(uri, settings)
    }
    return settings
  }

  /**
   * The CLI's configuration for this document (config files, presets, ignore
   * files), with the editor's rule overrides on top — as `--rule` flags are.
   * A broken configuration comes back as its error.
   */
  async function configFor(document: TextDocument, settings: ServerSettings): Promise<ResolvedConfig | ConfigError> {
    const target = configTarget(document)
    // Also with watchers: they do not cover files outside the workspace (an `extends` or ignore file above it).
    if (freshness.refresh(target)) revalidateAll(document.uri)
    const config = await resolveConfig(target, settings)
    if (config instanceof ConfigError) freshness.markBroken()
    else freshness.track(config.configFiles)
    return config
  }

  /** The file a document's configuration is resolved for (an unsaved buffer counts as a file in the project root). */
  function configTarget(document: TextDocument): string {
    return pathAndFormat(document).path ?? path.join(projectRoot, 'untitled.txt')
  }

  async function resolveConfig(target: string, settings: ServerSettings): Promise<ResolvedConfig | ConfigError> {
    try {
      return await resolveConfigForFile(target, {cwd: projectRoot, cliRules: settings.rules})
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      // Editor settings are checked separately so a bad override does not hide a good project config.
      if (Object.keys(settings.rules).length > 0) {
        try {
          const resolved = await resolveConfigForFile(target, {cwd: projectRoot})
          warnOnce(`setting scrapelint.rules: ${error.message}`)
          return resolved
        } catch {
          // The project configuration itself is broken: report that.
        }
      }
      return error
    }
  }

  function pathAndFormat(document: TextDocument): {path?: string; format: DocFormat} {
    const file = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined
    const format = document.languageId === 'markdown' ? 'markdown' : formatFromPath(file ?? document.uri)
    return {path: file, format}
  }

  /**
   * Lint the document's current version and remember the result. A leading
   * BOM is not linted (as in the CLI); the positions account for it.
   */
  function lintNow(document: TextDocument, setup: LintSetup): Linted {
    const {path: file, format} = pathAndFormat(document)
    const {text, bom} = stripBom(document.getText())
    const result = lintDocument(text, setup, {path: file, format})
    for (const failure of result.failures) {
      connection.console.error(`rule ${failure.ruleId} crashed on ${document.uri}: ${failure.error.stack ?? failure.error.message}`)
    }
    const entry = {version: document.version, doc: result.doc, positions: new PositionConverter(result.doc, encoding, bom), messages: result.messages, setup}
    linted.set(document.uri, entry)
    return entry
  }

  /** What to show for the document's current state: findings, or why there are none. */
  async function check(document: TextDocument): Promise<{diagnostics: Diagnostic[]; entry?: Linted}> {
    const settings = await settingsFor(document.uri)
    if (!settings.enable) return {diagnostics: []}
    const size = Buffer.byteLength(document.getText())
    if (size > settings.maxFileSize) return {diagnostics: [notice(DiagnosticSeverity.Information, tooLarge(size, settings.maxFileSize))]}
    const config = await configFor(document, settings)
    if (config instanceof ConfigError) return {diagnostics: [notice(DiagnosticSeverity.Error, `scrapelint configuration error: ${config.message}`)]}
    if (config.ignored) return {diagnostics: []}
    const entry = lintNow(document, config.setup)
    return {diagnostics: entry.messages.map((message) => toDiagnostic(message, entry.positions)), entry}
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const version = document.version
    const {diagnostics, entry} = await check(document)
    // A newer version arrived meanwhile: its own run publishes.
    if (documents.get(uri)?.version !== version) return
    if (!entry) linted.delete(uri)
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  function schedule(uri: string, delay: number): void {
    if (gate.isShutDown) return
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        validate(uri).catch((error: Error) => connection.console.error(`scrapelint failed on ${uri}: ${error.stack ?? error.message}`))
      }, delay)
    )
  }

  /** Lint every open document again (but `except`, being linted already). */
  function revalidateAll(except?: string): void {
    for (const document of documents.all()) {
      if (document.uri === except) continue
      linted.delete(document.uri)
      schedule(document.uri, 0)
    }
  }

  // Opening fires a content change too: a newly opened document is linted at once, edits after a pause.
  const opened = new Set<string>()
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri
    schedule(uri, opened.has(uri) ? debounce : 0)
    opened.add(uri)
  })
  documents.onDidClose((event) => {
    opened.delete(event.document.uri)
    clearTimeout(timers.get(event.document.uri))
    timers.delete(event.document.uri)
    linted.delete(event.document.uri)
    settingsCache.delete(event.document.uri)
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
  })

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear()
    revalidateAll()
  })
  connection.onDidChangeWatchedFiles(() => {
    clearConfigCache()
    revalidateAll()
  })
  documents.onDidSave((event) => {
    if (!gate.isShutDown && freshness.refresh(configTarget(event.document))) revalidateAll()
  })
  connection.onShutdown(() => {
    gate.close()
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  /** The lint of the current version, computing it if the published one is older. */
  async function current(uri: string): Promise<{document: TextDocument; entry: Linted} | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    const cached = linted.get(uri)
    if (cached && cached.version === document.version) return {document, entry: cached}
    const {entry} = await check(document)
    return entry && documents.get(uri)?.version === document.version ? {document, entry} : undefined
  }

  /** "Disable <rule> in this project": an edit of the nearest config file (or a new `.scrapelintrc.json`). */
  async function disableRuleAction(document: TextDocument, ruleId: string): Promise<CodeAction | undefined> {
    const {path: file} = pathAndFormat(document)
    let plan
    try {
      plan = await planDisableRule(ruleId, {filePath: file ?? path.join(projectRoot, 'untitled.txt'), projectRoot})
    } catch (error) {
      // A JavaScript config cannot be edited safely; say so in the log rather than offering a broken action.
      connection.console.info(`no "disable ${ruleId}" action: ${(error as Error).message}`)
      return undefined
    }
    const uri = pathToFileURL(plan.file).href
    let edit: WorkspaceEdit
    if (plan.created) {
      if (!canCreateFiles) return undefined
      edit = {
        documentChanges: [
          {kind: 'create', uri, options: {ignoreIfExists: true}},
          {textDocument: {uri, version: null}, edits: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: plan.text}]}
        ]
      }
    } else {
      const old = documents.get(uri)?.getText() ?? (await fs.readFile(plan.file, 'utf8'))
      const lines = old.split(/\r\n|\r|\n/)
      const end = {line: lines.length - 1, character: columnOf(lines[lines.length - 1], encoding)}
      edit = {changes: {[uri]: [{range: {start: {line: 0, character: 0}, end}, newText: plan.text}]}}
    }
    return {title: `Disable ${ruleId} in this project (${path.relative(projectRoot, plan.file) || plan.file})`, kind: CodeActionKind.QuickFix, edit}
  }

  connection.onCodeAction(gate.guard(async (params) => {
    const found = await current(params.textDocument.uri)
    if (!found) return []
    const {document, entry} = found
    const uri = document.uri
    const only = params.context.only
    const wantsFixAll = !only || only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(kind + '.'))
    const wantsQuickFix = !only || only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind + '.'))
    const actions: CodeAction[] = []

    if (wantsQuickFix) {
      const start = entry.positions.offset(params.range.start)
      const end = entry.positions.offset(params.range.end)
      for (const message of entry.messages) {
        const [from, to] = message.range
        const overlaps = from <= end && to >= start
        if (!overlaps || !message.expected?.length) continue
        const diagnostic = params.context.diagnostics.find((candidate) => sameMessage(message, candidate.data)) ?? toDiagnostic(message, entry.positions)
        actions.push(...quickFixes(uri, message, diagnostic, entry.positions, entry.doc.eol))
      }
    }
    if (wantsQuickFix) {
      const seen = new Set<string>()
      const start = entry.positions.offset(params.range.start)
      const end = entry.positions.offset(params.range.end)
      for (const message of entry.messages) {
        if (message.range[0] > end || message.range[1] < start || seen.has(message.ruleId) || !ruleMap.has(message.ruleId)) continue
        seen.add(message.ruleId)
        const action = await disableRuleAction(document, message.ruleId)
        if (action) actions.push(action)
      }
    }
    if (wantsFixAll && entry.messages.some((message) => message.fixKind === 'safe')) {
      const {path: file, format} = pathAndFormat(document)
      // The linted text: the document without its BOM, which the positions account for.
      const before = entry.doc.text
      const fixed = fixDocument(before, entry.setup, {path: file, format})
      const action = fixed.failures.length === 0 ? fixAllAction(uri, minimalEdit(before, fixed.output, entry.positions)) : undefined
      if (action) actions.push(action)
    }
    return actions
  }))

  connection.onHover(gate.guard(async (params) => {
    const found = await current(params.textDocument.uri)
    if (!found) return null
    const offset = found.entry.positions.offset(params.position)
    const hit = found.entry.messages.filter((message) => message.range[0] <= offset && (offset < message.range[1] || message.range[0] === message.range[1]))
    return hoverFor(hit, (id) => ruleMap.get(id)?.meta) ?? null
  }))

  documents.listen(connection)
  connection.listen()
}


function tooLarge(size: number, limit: number): string {
  return `scrapelint did not check this file: it is ${formatSize(size)}, over the ${formatSize(limit)} limit (setting scrapelint.maxFileSize; the CLI checks files of any size up to --max-file-size)`
}

/** One diagnostic at the top of the file about the file as a whole. */
function notice(severity: DiagnosticSeverity, message: string): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity, source: 'scrapelint', message}
}
