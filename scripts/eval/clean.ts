/**
 * False alarms on clean, edited prose: every finding here is a false alarm or
 * a genuine slip in the gold text (check by eye with `--show`).
 */
import {parseArgs} from 'node:util'
import {createSetup} from '../../src/config/setup.js'
import {lintDocument} from '../../src/engine/lint.js'
import type {Category, ScrapelintMessage} from '../../src/engine/types.js'
import {ruleMap} from '../../rules/index.js'
import {documentText, readBrown} from '../lib/brown.js'
import {hasShared, readGold} from '../lib/shared.js'
import {countWords} from '../../src/engine/stats.js'

const BROWN_SIZE = 1_000_000

interface Corpus {
  name: string
  documents: Array<{id: string; text: string}>
}

export function cleanCorpora(): Corpus[] {
  const corpora: Corpus[] = []
  if (hasShared('data', 'aeb-dev', 'ground-truth.json')) {
    corpora.push({name: 'aeb-gold', documents: readGold().map((document) => ({id: document.id.slice(0, 12), text: document.articleBody}))})
  } else {
    process.stderr.write('note: ../shared/data/aeb-dev not found; gold bodies skipped\n')
  }
  const brown: Array<{id: string; text: string}> = []
  let size = 0
  for (const document of readBrown()) {
    if (size >= BROWN_SIZE) break
    const text = documentText(document)
    brown.push({id: document.id, text})
    size += text.length
  }
  corpora.push({name: 'brown-1MB', documents: brown})
  return corpora
}

export function clean(args: string[]): void {
  const {values} = parseArgs({args, options: {show: {type: 'boolean'}, rule: {type: 'string', multiple: true}}})
  // Every rule on, so rules that are off by default are measured too.
  const setup = createSetup({rules: Object.fromEntries([...ruleMap.keys()].map((id) => [id, 'warn']))})
  const wanted = values.rule ? new Set(values.rule) : undefined
  const counts = new Map<string, Map<string, number>>()
  const totals = new Map<string, number>()
  let allWords = 0
  const corpora = cleanCorpora()

  for (const corpus of corpora) {
    let words = 0
    const perRule = new Map<string, number>()
    for (const document of corpus.documents) {
      words += countWords(document.text)
      const {messages} = lintDocument(document.text, setup, {path: document.id + '.txt'})
      for (const message of messages) {
        if (wanted && !wanted.has(message.ruleId)) continue
        perRule.set(message.ruleId, (perRule.get(message.ruleId) ?? 0) + 1)
        if (values.show) show(corpus.name, document.id, document.text, message)
      }
    }
    counts.set(corpus.name, perRule)
    totals.set(corpus.name, words)
    allWords += words
  }

  const names = corpora.map((corpus) => corpus.name)
  const header = ['rule', ...names, 'per 5k words', 'per 10k words']
  const rows: string[][] = []
  let sum = 0
  for (const id of [...ruleMap.keys()].filter((id) => !wanted || wanted.has(id))) {
    const perCorpus = names.map((name) => counts.get(name)?.get(id) ?? 0)
    const total = perCorpus.reduce((a, b) => a + b, 0)
    sum += total
    rows.push([id, ...perCorpus.map(String), rate(total, allWords, 5000), rate(total, allWords, 10000)])
  }
  rows.push(['(all rules)', ...names.map((name) => String([...(counts.get(name)?.values() ?? [])].reduce((a, b) => a + b, 0))), rate(sum, allWords, 5000), rate(sum, allWords, 10000)])
  process.stdout.write(`clean prose: ${names.map((name) => `${name} ${totals.get(name)} words`).join(', ')}\n\n`)
  process.stdout.write(table([header, ...rows]) + '\n')
  const groups = categoryRows(counts, names, allWords, wanted)
  if (groups.length > 0) process.stdout.write('\nby category (stripped-link damage and broken sentences):\n' + table([['category (rules)', ...names, 'per 5k words', 'per 10k words'], ...groups]) + '\n')
}

/** Categories of the stripped-link and broken-sentence rules, reported together: their target is at most 1 finding per 5,000 words. */
const SENTENCE_CATEGORIES: readonly Category[] = ['link-artifact', 'sentence', 'duplicate']

/** Findings per category for `SENTENCE_CATEGORIES`, one row each and one for all of them, over whichever rules are registered. */
function categoryRows(counts: Map<string, Map<string, number>>, names: string[], words: number, wanted?: Set<string>): string[][] {
  const rows: string[][] = []
  const all = names.map(() => 0)
  const allRules: string[] = []
  for (const category of SENTENCE_CATEGORIES) {
    const ids = [...ruleMap.values()].filter((rule) => rule.meta.category === category && (!wanted || wanted.has(rule.meta.id))).map((rule) => rule.meta.id)
    if (ids.length === 0) continue
    const perCorpus = names.map((name) => ids.reduce((sum, id) => sum + (counts.get(name)?.get(id) ?? 0), 0))
    perCorpus.forEach((count, index) => (all[index] += count))
    allRules.push(...ids)
    const total = perCorpus.reduce((a, b) => a + b, 0)
    rows.push([`${category} (${ids.join(', ')})`, ...perCorpus.map(String), rate(total, words, 5000), rate(total, words, 10000)])
  }
  if (rows.length > 1) {
    const total = all.reduce((a, b) => a + b, 0)
    rows.push([`together (${allRules.length} rules)`, ...all.map(String), rate(total, words, 5000), rate(total, words, 10000)])
  }
  return rows
}

function rate(count: number, words: number, per: number): string {
  return ((count / words) * per).toFixed(3)
}

function show(corpus: string, id: string, text: string, message: ScrapelintMessage): void {
  const [start, end] = message.range
  const context = text.slice(Math.max(0, start - 40), start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + 40)
  process.stdout.write(`${corpus} ${id} ${message.line}:${message.column} ${message.ruleId}: ${message.reason}\n    ${JSON.stringify(context)}\n`)
}

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n')
}
