/**
 * `--format sarif`: SARIF 2.1.0, for code-scanning dashboards (GitHub code
 * scanning, Azure DevOps, IDE viewers). Rules carry their help URI; results
 * carry regions (1-based lines, UTF-16 columns) and every replacement as a
 * `fix`. Paths inside the working directory are relative to `%SRCROOT%`.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {INVALID_DIRECTIVE, UNUSED_DIRECTIVE} from '../engine/directives.js'
import type {RuleMeta, ScrapelintMessage} from '../engine/types.js'
import {packageVersion} from '../util/package.js'
import {relativeInside} from '../util/paths.js'
import {ruleMap} from '../../rules/index.js'
import {describe, toJsonMessage} from './json.js'
import {shownMessages} from './shown.js'
import type {Formatter} from './types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const SOURCE_ROOT = '%SRCROOT%'
const INFORMATION_URI = 'https://github.com/scrapelint/scrapelint'
const PSEUDO_RULES = new Map([UNUSED_DIRECTIVE, INVALID_DIRECTIVE].map((meta) => [meta.id, meta]))

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

export const sarif: Formatter = (results, context) => {
  const rules: Array<Record<string, unknown>> = []
  const ruleIndex = new Map<string, number>()
  const indexOf = (message: ScrapelintMessage): number => {
    let index = ruleIndex.get(message.ruleId)
    if (index === undefined) {
      index = rules.length
      ruleIndex.set(message.ruleId, index)
      rules.push(describeRule(message))
    }
    return index
  }

  const sarifResults: Array<Record<string, unknown>> = []
  for (const result of results) {
    const artifact = artifactLocation(result.filePath, context.cwd)
    for (const message of shownMessages(result, context)) {
      const json = toJsonMessage(message)
      const region = {startLine: json.line, startColumn: json.column, endLine: json.endLine, endColumn: json.endColumn}
      const entry: Record<string, unknown> = {
        ruleId: message.ruleId,
        ruleIndex: indexOf(message),
        level: message.severity === 2 ? 'error' : 'warning',
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation: artifact, region}}]
      }
      const replacements = message.fixKind === 'none' ? [] : (message.expected ?? [])
      if (replacements.length > 0) {
        entry.fixes = replacements.map((text) => ({
          description: {text: describe(text, message.actual ?? undefined)},
          artifactChanges: [{artifactLocation: artifact, replacements: [{deletedRegion: region, insertedContent: {text}}]}]
        }))
      }
      sarifResults.push(entry)
    }
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'scrapelint', version: packageVersion(), informationUri: INFORMATION_URI, rules}},
        originalUriBaseIds: {[SOURCE_ROOT]: {uri: pathToFileURL(context.cwd + path.sep).href}},
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
  return JSON.stringify(log, null, 2)
}

function describeRule(message: ScrapelintMessage): Record<string, unknown> {
  const meta: Pick<RuleMeta, 'id' | 'description' | 'category' | 'url'> = ruleMap.get(message.ruleId)?.meta ??
    PSEUDO_RULES.get(message.ruleId) ?? {id: message.ruleId, description: `Messages of the plugin ${message.ruleId}`, category: message.category, url: message.url}
  return {
    id: meta.id,
    shortDescription: {text: meta.description},
    helpUri: meta.url,
    properties: {category: meta.category}
  }
}

/** A relative URI under `%SRCROOT%` for files inside `cwd`, else a `file:` URI. */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const absolute = path.resolve(cwd, filePath)
  const relative = relativeInside(cwd, absolute)
  if (relative === undefined) return {uri: pathToFileURL(absolute).href}
  return {uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT}
}
