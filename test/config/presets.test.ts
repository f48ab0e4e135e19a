/**
 * Presets follow rule metadata, so rules added later land in the right
 * preset without a list to update.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {EDITORIAL_CATEGORIES, PRESET_NAMES, presetRules, REPAIR_CATEGORIES, STYLE_CATEGORIES} from '../../src/config/presets.js'
import {resolveConfigForFile} from '../../src/config/resolve.js'
import {defineRule} from '../../src/engine/rule.js'
import type {Category, Severity} from '../../src/engine/types.js'
import {ruleMap} from '../../rules/index.js'
import {workspace} from '../cli/run.js'

const fake = (id: string, category: Category, severity: Severity) =>
  defineRule({meta: {id, category, description: `A ${category} rule for tests`, fix: 'none', severity}, defaults: {}, create: () => ({})})

const RULES = [
  fake('site-chrome', 'chrome', 'warn'),
  fake('mojibake', 'encoding', 'warn'),
  fake('markup-residue', 'markup', 'off'),
  fake('quote-style', 'quotes', 'warn'),
  fake('noisy-sentence', 'sentence', 'off'),
  fake('stray-spaces', 'whitespace', 'error'),
  fake('glued-link', 'link-artifact', 'warn')
]

test('recommended: each rule at its default severity (noisy rules stay off)', () => {
  assert.deepEqual(presetRules('recommended', RULES), {
    'site-chrome': 'warn',
    mojibake: 'warn',
    'markup-residue': 'off',
    'quote-style': 'warn',
    'noisy-sentence': 'off',
    'stray-spaces': 'error',
    'glued-link': 'warn'
  })
})

test('strict: every rule on', () => {
  assert.deepEqual(presetRules('strict', RULES), {
    'site-chrome': 'warn',
    mojibake: 'warn',
    'markup-residue': 'warn',
    'quote-style': 'warn',
    'noisy-sentence': 'warn',
    'stray-spaces': 'error',
    'glued-link': 'warn'
  })
})

test('corpus: repairs as errors, style-ish and editorial rules off, the rest as recommended', () => {
  assert.deepEqual(REPAIR_CATEGORIES, ['chrome', 'encoding', 'markup'])
  assert.deepEqual(STYLE_CATEGORIES, ['quotes'])
  assert.deepEqual(EDITORIAL_CATEGORIES, ['sentence', 'link-artifact'])
  assert.deepEqual(presetRules('corpus', RULES), {
    'site-chrome': 'error',
    mojibake: 'error',
    'markup-residue': 'error',
    'quote-style': 'off',
    'noisy-sentence': 'off',
    'stray-spaces': 'error',
    'glued-link': 'off'
  })
})

test('presets cover every registered rule and are usable with extends', async () => {
  for (const name of PRESET_NAMES) {
    assert.deepEqual(Object.keys(presetRules(name)).sort(), [...ruleMap.keys()].sort())
    const dir = workspace({'.scrapelintrc.json': JSON.stringify({extends: name}), 'a.txt': ''})
    const resolved = await resolveConfigForFile('a.txt', {cwd: dir})
    assert.deepEqual(
      Object.fromEntries(Object.entries(resolved.rules).map(([id, [severity]]) => [id, severity])),
      presetRules(name)
    )
  }
})
