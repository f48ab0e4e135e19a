/**
 * Builds `rules/data/tortured-phrases.tsv` from the Problematic Paper
 * Screener fingerprints (Cabanac, Labbé & Magazinov; CC BY 4.0), as published
 * in `giladfeldman/torturedcheck` `src/data/tortured-phrases.json`.
 *
 *   node dist/scripts/build-tortured-phrases.js <tortured-phrases.json | .tsv>
 *
 * (A `.tsv` input holds `tortured<TAB>correct` lines, e.g.
 * `scripts/data/pps-phrases.tsv`.) What it changes:
 * - drops entries whose tortured form occurs inside its own correct form
 *   (`neural network` → `[neural network] layer outputs`), entries without a
 *   known correct form (`???`), and one-word entries;
 * - drops entries that are ordinary English: the phrase occurs in clean prose
 *   (Brown, State of the Union addresses, nlp-corpus), is a WordNet lemma,
 *   or is on the hand-checked list below (phrases
 *   that fired on clean news prose);
 * - turns the correct form into a suggestion: bracketed and parenthesised
 *   notes, `(?)`, `see …` references and quotes removed, `a/b` alternatives
 *   split.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {PhraseIndex} from '../rules/lib/phrase-index.js'
import {phraseWords, scanWords} from '../rules/lib/word-tokens.js'
import {packageRoot} from '../src/util/package.js'
import {cleanTexts} from './lib/clean-texts.js'
import {PARTS, readIndex} from './lib/wordnet.js'

/** Entries whose correct form is prose, not a phrase: the note's meaning, written out. */
const OVERRIDES: Record<string, string> = {
  'area unit': 'are',
  'square measure': 'are',
  'associate in nursing': 'an'
}

/**
 * Ordinary English that the Brown and WordNet checks miss, checked by hand:
 * common phrases outside scientific writing, or ones that fired on clean
 * news prose (`npm run eval -- clean --show`).
 */
const ORDINARY = new Set(
  readFileSync(path.join(packageRoot, 'scripts', 'data', 'tortured-phrases-ordinary.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
)

interface Entry {
  tortured: string
  correct: string
}

function readEntries(file: string): Entry[] {
  const raw = readFileSync(file, 'utf8')
  if (file.endsWith('.json')) return (JSON.parse(raw) as {phrases: Entry[]}).phrases
  return raw
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [tortured, correct] = line.split('\t')
      return {tortured, correct: correct ?? ''}
    })
}

/** The correct form as replacement text, or nothing when it is unknown. */
export function suggestions(tortured: string, correct: string): string[] {
  if (OVERRIDES[tortured]) return [OVERRIDES[tortured]]
  let text = correct
    .replace(/\\+"|"/g, '')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,?\s*see\s+\S+.*$/i, '')
    .replace(/\?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length === 0 || /\b(word|words|context|caveat|possibly)\b/.test(text)) return []
  if (!text.includes('/')) return [text]
  // `economic development/profit growth`: phrase alternatives; `contagious/transmissible diseases`: word alternatives.
  const parts = text.split('/')
  if (parts.every((part) => part.trim().includes(' '))) return parts.map((part) => part.trim())
  const words = text.split(' ')
  const slashed = words.findIndex((word) => word.includes('/'))
  return words[slashed].split('/').filter(Boolean).map((choice) => [...words.slice(0, slashed), choice, ...words.slice(slashed + 1)].join(' '))
}

function containsPhrase(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

function main(): void {
  const input = process.argv[2]
  if (!input) throw new Error('usage: build-tortured-phrases <tortured-phrases.json|.tsv>')
  const entries = readEntries(input)
  const dropped = {selfContained: 0, noCorrect: 0, oneWord: 0, cleanProse: 0, wordnet: 0, ordinary: 0, duplicate: 0}
  const kept = new Map<string, string[]>()

  for (const {tortured, correct} of entries) {
    const words = phraseWords(tortured)
    const key = words.join(' ')
    if (words.length < 2) {
      dropped.oneWord++
      continue
    }
    if (containsPhrase(phraseWords(correct), words)) {
      dropped.selfContained++
      continue
    }
    const suggested = suggestions(tortured.toLowerCase(), correct.toLowerCase()).filter((text) => phraseWords(text).join(' ') !== key)
    if (suggested.length === 0) {
      dropped.noCorrect++
      continue
    }
    if (ORDINARY.has(key)) {
      dropped.ordinary++
      continue
    }
    if (kept.has(key)) {
      dropped.duplicate++
      continue
    }
    kept.set(key, suggested)
  }

  // Ordinary English: the phrase is a WordNet lemma or occurs in edited prose.
  const lemmas = new Set<string>()
  for (const pos of PARTS) for (const lemma of readIndex(pos).keys()) if (lemma.includes(' ')) lemmas.add(phraseWords(lemma).join(' '))
  const index = new PhraseIndex<string>((key) => ({phrase: key, value: key}), kept.size)
  for (const key of kept.keys()) index.add(key)
  const seen = new Set<string>()
  for (const text of cleanTexts()) {
    for (const match of index.matches(text, scanWords(text), /[.!?;:\n]/)) seen.add(match.value)
  }
  for (const key of [...kept.keys()]) {
    if (lemmas.has(key)) {
      kept.delete(key)
      dropped.wordnet++
    } else if (seen.has(key)) {
      kept.delete(key)
      dropped.cleanProse++
    }
  }

  const header = [
    '# Tortured phrases → established phrase (alternatives after further tabs).',
    '# From the Problematic Paper Screener fingerprints by Guillaume Cabanac, Cyril Labbé and',
    '# Alexander Magazinov (CC BY 4.0), as published in the giladfeldman/torturedcheck repository;',
    '# filtered and cleaned by scripts/build-tortured-phrases.ts (see NOTICE).'
  ]
  const lines = [...kept].sort(([a], [b]) => a.localeCompare(b)).map(([key, suggested]) => [key, ...suggested].join('\t'))
  writeFileSync(path.join(packageRoot, 'rules', 'data', 'tortured-phrases.tsv'), [...header, ...lines].join('\n') + '\n')
  process.stdout.write(`${entries.length} entries read, ${kept.size} kept; dropped: ${JSON.stringify(dropped)}\n`)
}

main()
