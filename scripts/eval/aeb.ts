/**
 * `npm run eval -- aeb [DIR]`: line-level precision, recall and F1 of chrome
 * detection on a data set in the Scrapinghub Article Extraction Benchmark
 * layout (`DIR/ground-truth.json`, `DIR/output/<extractor>.json`; default
 * `../shared/data/aeb-dev`).
 *
 * Labels: a non-empty line of an extractor's output is chrome when its
 * normalised form (lower case, runs of non-word characters as one space,
 * trimmed) is not a substring of the normalised gold body; the first line
 * (usually the headline) is ignored. A line counts as flagged when messages
 * of category `chrome` cover at least half of its characters. The C4
 * baseline flags lines that do not end in terminal punctuation.
 *
 * Each extractor's files are linted together, as the CLI lints a directory
 * (with the corpus context); `--no-corpus` lints them one by one. Then the
 * gold bodies themselves are linted (false alarms per 20 documents), and
 * `--fix` is checked: what safe fixes delete, and that a second run finds
 * nothing safe-fixable.
 *
 * Diagnostic only (the scores above are unchanged by it): a chrome-labelled
 * line is "near gold" when at least half of its word 4-grams occur in the
 * gold body — article text the extractor altered (link text dropped,
 * paragraphs glued, a caption merged in) rather than page furniture. The
 * `near` column counts them and `R far` is the recall on the other chrome
 * lines.
 *
 *   --show fp|fn|gold|near|deleted   print false positives, misses, flagged gold lines, the
 *                       near-gold chrome lines (see below), or the article lines --fix
 *                       changes or deletes (the `deleted art` column)
 *   --extractor NAME    only this extractor (repeatable)
 *   --no-corpus         lint each file on its own
 *   --rules             break flagged lines down by rule
 *   --all-rules         also run the chrome rules that are off by default
 *   --no-fix-check      skip the --fix check
 *   --dump FILE         write every labelled line (JSON lines) for analysis
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {createSetup} from '../../src/config/setup.js'
import {CorpusBuilder, type CorpusContext} from '../../src/engine/corpus.js'
import type {Doc, Line} from '../../src/engine/doc.js'
import {analyseChrome} from '../../rules/lib/chrome/analyse.js'
import {fixDocument} from '../../src/engine/fix.js'
import {lintDocument, type LintSetup} from '../../src/engine/lint.js'
import {isSafeFixable} from '../../src/engine/messages.js'
import type {ScrapelintMessage} from '../../src/engine/types.js'
import {ruleMap} from '../../rules/index.js'
import {sharedPath} from '../lib/shared.js'
import {table} from './clean.js'

/** The benchmark's normal form: lower case, runs of non-word characters as one space. */
export function normaliseForLabel(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, ' ').trim()
}

/** At least half of the line's word 4-grams occur in the normalised gold body (lines of 8 words or more). */
export function nearGold(line: string, reference: string): boolean {
  const words = normaliseForLabel(line).split(' ')
  if (words.length < 8) return false
  let found = 0
  for (let index = 0; index + 4 <= words.length; index++) if (reference.includes(words.slice(index, index + 4).join(' '))) found++
  return found * 2 >= words.length - 3
}

/** C4's line filter: keep lines that end in terminal punctuation; the rest is flagged. */
export function c4Flags(line: string): boolean {
  return !/[.!?"]$/.test(line.trim())
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

const zero = (): Counts => ({tp: 0, fp: 0, fn: 0})

function add(counts: Counts, flagged: boolean, chrome: boolean): void {
  if (flagged && chrome) counts.tp++
  else if (flagged) counts.fp++
  else if (chrome) counts.fn++
}

function scores(counts: Counts): [string, string, string] {
  const precision = counts.tp / (counts.tp + counts.fp || 1)
  const recall = counts.tp / (counts.tp + counts.fn || 1)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return [precision.toFixed(3), recall.toFixed(3), f1.toFixed(3)]
}

/** Which chrome messages cover at least half of a line's visible characters (rule ids, or none). */
function coveringRules(line: Line, messages: readonly ScrapelintMessage[]): string[] {
  const leading = line.text.length - line.text.trimStart().length
  const start = line.start + leading
  const end = line.start + line.text.trimEnd().length
  const covered = new Map<string, number>()
  let total = 0
  const spans: Array<[number, number, string]> = []
  for (const message of messages) {
    const from = Math.max(start, message.range[0])
    const to = Math.min(end, message.range[1])
    if (to > from) spans.push([from, to, message.ruleId])
  }
  spans.sort((a, b) => a[0] - b[0])
  let reach = start
  for (const [from, to, rule] of spans) {
    const gain = Math.max(0, to - Math.max(from, reach))
    total += gain
    covered.set(rule, (covered.get(rule) ?? 0) + (to - from))
    reach = Math.max(reach, to)
  }
  return total * 2 >= end - start && end > start ? [...covered.keys()] : []
}

/** Only the chrome rules, at their default severity (or all on): the measure is about them alone. */
function chromeSetup(all: boolean): LintSetup {
  const severity = (rule: {meta: {category: string; severity: string}}) =>
    rule.meta.category !== 'chrome' ? 'off' : all ? 'warn' : rule.meta.severity
  return createSetup({rules: Object.fromEntries([...ruleMap.values()].map((rule) => [rule.meta.id, severity(rule)])) as never})
}

function readBodies(file: string): Map<string, string> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, {articleBody?: string | null}>
  return new Map(Object.entries(data).map(([id, value]) => [id, value.articleBody ?? '']))
}

function buildCorpus(texts: Iterable<string>): CorpusContext {
  const builder = new CorpusBuilder()
  for (const text of texts) builder.add(text)
  return builder.build()
}

export function aeb(args: string[]): void {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      show: {type: 'string'},
      extractor: {type: 'string', multiple: true},
      'no-corpus': {type: 'boolean'},
      rules: {type: 'boolean'},
      'all-rules': {type: 'boolean'},
      'no-fix-check': {type: 'boolean'},
      dump: {type: 'string'}
    }
  })
  const directory = positionals[0] ?? sharedPath('data', 'aeb-dev')
  const gold = readBodies(path.join(directory, 'ground-truth.json'))
  const goldNormal = new Map([...gold].map(([id, body]) => [id, normaliseForLabel(body)]))
  const setup = chromeSetup(values['all-rules'] === true)
  const dump: string[] | undefined = values.dump ? [] : undefined
  const extractors = readdirSync(path.join(directory, 'output'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .filter((name) => !values.extractor || values.extractor.includes(name))
    .sort()

  const rows: string[][] = [['extractor', 'lines', 'chrome', 'flagged', 'P', 'R', 'F1', 'near', 'R far', 'C4 P', 'C4 R', 'C4 F1', 'safe P', 'deleted art', 'converged']]
  const byRule = new Map<string, Counts>()
  for (const extractor of extractors) {
    const outputs = readBodies(path.join(directory, 'output', `${extractor}.json`))
    const corpus = values['no-corpus'] ? undefined : buildCorpus(outputs.values())
    const ours = zero()
    const c4 = zero()
    const safe = zero()
    const far = zero()
    let near = 0
    let lines = 0
    let chromeLines = 0
    let deletedArticle = 0
    let unconverged = 0
    for (const [id, text] of outputs) {
      const reference = goldNormal.get(id)
      if (reference === undefined) continue
      const {doc, messages} = lintDocument(text, setup, {corpus})
      const chrome = messages.filter((message) => message.category === 'chrome')
      const safeMessages = chrome.filter(isSafeFixable)
      let first = true
      const articleLines: string[] = []
      for (const line of doc.lines) {
        if (line.text.trim() === '') continue
        if (first) {
          first = false
          continue
        }
        const isChrome = !reference.includes(normaliseForLabel(line.text))
        const rules = coveringRules(line, chrome)
        const flagged = rules.length > 0
        lines++
        if (isChrome) chromeLines++
        else articleLines.push(line.text)
        add(ours, flagged, isChrome)
        add(c4, c4Flags(line.text), isChrome)
        add(safe, coveringRules(line, safeMessages).length > 0, isChrome)
        const isNear = isChrome && nearGold(line.text, reference)
        if (isNear) near++
        else add(far, flagged, isChrome)
        if (values.show === 'near' && isNear) show(extractor, id, line, rules)
        for (const rule of rules) {
          const counts = byRule.get(rule) ?? zero()
          add(counts, true, isChrome)
          byRule.set(rule, counts)
        }
        if (dump) dump.push(JSON.stringify({extractor, id, line: line.index, text: line.text, chrome: isChrome, rules, zone: zoneOf(doc, corpus, line)}))
        if (values.show === 'fp' && flagged && !isChrome) show(extractor, id, line, rules)
        if (values.show === 'fn' && !flagged && isChrome) show(extractor, id, line, [])
      }
      if (!values['no-fix-check']) {
        const fixed = fixDocument(text, setup, {corpus})
        const remaining = new Set(fixed.output.split(/\r\n|\n|\r/))
        const lost = articleLines.filter((line) => !remaining.has(line))
        deletedArticle += lost.length
        if (values.show === 'deleted') for (const line of lost) console.log(`${extractor} ${id.slice(0, 8)} ${JSON.stringify(line.slice(0, 160))}`)
        if (fixed.remaining.some((message) => message.category === 'chrome' && isSafeFixable(message))) unconverged++
      }
    }
    const [p, r, f] = scores(ours)
    const [cp, cr, cf] = scores(c4)
    const fixCheck = values['no-fix-check'] ? ['-', '-'] : [String(deletedArticle), unconverged === 0 ? 'yes' : `${unconverged} files not`]
    rows.push([extractor, String(lines), String(chromeLines), String(ours.tp + ours.fp), p, r, f, String(near), scores(far)[1], cp, cr, cf, scores(safe)[0], ...fixCheck])
  }

  // The gold bodies: every flagged line is a false alarm (or a genuine artifact left in the gold).
  const goldCorpus = values['no-corpus'] ? undefined : buildCorpus(gold.values())
  let goldFlagged = 0
  let goldLines = 0
  for (const [id, body] of gold) {
    const {doc, messages} = lintDocument(body, setup, {corpus: goldCorpus})
    const chrome = messages.filter((message) => message.category === 'chrome')
    for (const line of doc.lines) {
      if (line.text.trim() === '') continue
      goldLines++
      const rules = coveringRules(line, chrome)
      if (rules.length > 0) {
        goldFlagged++
        if (values.show === 'gold') show('gold', id, line, rules)
      }
    }
  }

  const mode = values['no-corpus'] ? 'each file linted on its own' : 'each extractor’s files linted together'
  const rules = values['all-rules'] ? 'all chrome rules' : 'chrome rules at their default severity'
  process.stdout.write(`${directory}: ${gold.size} documents, ${mode}, ${rules}\n\n`)
  process.stdout.write(table(rows) + '\n\n')
  process.stdout.write(
    `gold bodies: ${goldFlagged} of ${goldLines} lines flagged = ${((goldFlagged / gold.size) * 20).toFixed(2)} per 20 documents (target <= 1)\n`
  )
  if (dump && values.dump) writeFileSync(values.dump, dump.join('\n') + '\n')
  if (values.rules) {
    process.stdout.write('\n' + table([['rule', 'flagged', 'chrome', 'not chrome'], ...[...byRule].sort().map(([rule, counts]) => [rule, String(counts.tp + counts.fp), String(counts.tp), String(counts.fp)])]) + '\n')
  }
}

/** Where a line sits relative to the article's core: head, core or tail (for --dump). */
function zoneOf(doc: Doc, corpus: CorpusContext | undefined, line: Line): string {
  const {lines, core} = analyseChrome(doc, corpus)
  if (!core) return 'none'
  if (line.start < lines[core.start].line.start) return 'head'
  return line.start > lines[core.end].line.start ? 'tail' : 'core'
}

function show(where: string, id: string, line: Line, rules: string[]): void {
  process.stdout.write(`${where} ${id.slice(0, 8)} ${line.index + 1} ${rules.join(',') || '-'}: ${JSON.stringify(line.text.trim().slice(0, 160))}\n`)
}
