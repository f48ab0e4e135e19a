/**
 * Every validation error of a config file names the file, the key and, where
 * there is one, the closest valid name; the CLI exits 2 with that one line.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {resolveConfigForFile} from '../../src/config/resolve.js'
import {ConfigError} from '../../src/config/setup.js'
import {run, workspace} from '../cli/run.js'

const json = (value: unknown) => JSON.stringify(value)

/** [config file name, content, expected message] */
const CASES: Array<[string, string, string]> = [
  ['.scrapelintrc.json', json({rulez: {}}), '.scrapelintrc.json: unknown key "rulez" (did you mean "rules"?); valid keys: extends, rules, plugins, allow, ignorePatterns, overrides, maxFileSize'],
  ['.scrapelintrc.json', json(['rules']), '.scrapelintrc.json: the configuration must be an object, got ["rules"]'],
  ['.scrapelintrc.json', '{"rules": {', '.scrapelintrc.json: invalid JSON: '],
  ['.scrapelintrc.json', '{\n  "rules": {"a": "warn",,}\n}', '.scrapelintrc.json: invalid JSON: Expected double-quoted property name in JSON at line 2, column 25'],
  ['.scrapelintrc.yaml', 'rules:\n  - a\n - b\n', '.scrapelintrc.yaml: invalid YAML: '],
  ['.scrapelintrc.json', json({extends: 'strickt'}), '.scrapelintrc.json: extends: unknown preset "strickt" (did you mean "strict"?); presets are recommended, strict, corpus, or give a path such as "./base.json"'],
  ['.scrapelintrc.json', json({extends: [1]}), '.scrapelintrc.json: extends: expected a string or a list of non-empty strings, got [1]'],
  ['.scrapelintrc.json', json({extends: './missing.json'}), 'missing.json: cannot read: '],
  ['.scrapelintrc.json', json({rules: []}), '.scrapelintrc.json: rules must be an object, got []'],
  ['.scrapelintrc.json', json({rules: {'repeated-word': 'off'}}), '.scrapelintrc.json: rules: unknown rule "repeated-word" (did you mean "repeated-words"?)'],
  ['.scrapelintrc.json', json({rules: {'repeated-words': 'of'}}), '.scrapelintrc.json: rules: rule "repeated-words": invalid severity "of"; expected "off", "warn" or "error" (did you mean "off"?)'],
  ['.scrapelintrc.json', json({rules: {'repeated-words': []}}), '.scrapelintrc.json: rules: rule "repeated-words" expects a severity or [severity, {options}]'],
  ['.scrapelintrc.json', json({rules: {'irregular-spacing': ['warn', 'doubled']}}), '.scrapelintrc.json: rules: options of rule "irregular-spacing" must be an object'],
  ['.scrapelintrc.json', json({rules: {'irregular-spacing': ['warn', {doubld: false}]}}), '.scrapelintrc.json: rules: rule "irregular-spacing" has no option "doubld" (did you mean "doubled"?)'],
  ['.scrapelintrc.json', json({rules: {'irregular-spacing': ['warn', {doubled: 'no'}]}}), '.scrapelintrc.json: rules: option "doubled" of rule "irregular-spacing" must be a boolean'],
  ['.scrapelintrc.json', json({plugins: 'retext-passive'}), '.scrapelintrc.json: plugins: expected a list, got "retext-passive"'],
  ['.scrapelintrc.json', json({plugins: [42]}), '.scrapelintrc.json: plugins[0]: expected a module name, [name, options] or {name, options, id, category, severity}, got 42'],
  ['.scrapelintrc.json', json({plugins: [{name: 'x', severty: 'warn'}]}), '.scrapelintrc.json: unknown key "plugins[0].severty" (did you mean "severity"?); valid keys: name, options, id, category, severity'],
  ['.scrapelintrc.json', json({plugins: [{id: 'x'}]}), '.scrapelintrc.json: plugins[0].name: expected a module name or path'],
  ['.scrapelintrc.json', json({plugins: [{name: 'x', id: 'Not An Id'}]}), '.scrapelintrc.json: plugins[0].id: expected a kebab-case id such as "passive-voice", got "Not An Id"'],
  ['.scrapelintrc.json', json({plugins: [{name: 'x', category: 'sentences'}]}), '.scrapelintrc.json: plugins[0].category: unknown category "sentences" (did you mean "sentence"?)'],
  ['.scrapelintrc.json', json({plugins: [{name: 'x', severity: 'loud'}]}), '.scrapelintrc.json: plugins[0].severity: invalid severity "loud"; expected "off", "warn" or "error"'],
  ['.scrapelintrc.json', json({plugins: ['retext-not-installed']}), '.scrapelintrc.json: plugins: cannot find "retext-not-installed" from '],
  ['.scrapelintrc.json', json({plugins: ['./not-a-plugin.mjs']}), '.scrapelintrc.json: plugins: "./not-a-plugin.mjs" does not export a unified plugin (a function) as default'],
  ['.scrapelintrc.json', json({plugins: [{name: './plugin.mjs', id: 'repeated-words'}]}), '.scrapelintrc.json: plugin id "repeated-words" is already taken; give the plugin another id'],
  ['.scrapelintrc.json', json({allow: ['eBay', '']}), '.scrapelintrc.json: allow: expected a string or a list of non-empty strings, got ["eBay",""]'],
  ['.scrapelintrc.json', json({ignorePatterns: {dist: true}}), '.scrapelintrc.json: ignorePatterns: expected a string or a list of non-empty strings, got {"dist":true}'],
  ['.scrapelintrc.json', json({overrides: {files: '*.md'}}), '.scrapelintrc.json: overrides: expected a list of {files, rules, …}, got {"files":"*.md"}'],
  ['.scrapelintrc.json', json({overrides: ['*.md']}), '.scrapelintrc.json: overrides[0] must be an object, got "*.md"'],
  ['.scrapelintrc.json', json({overrides: [{file: '*.md'}]}), '.scrapelintrc.json: unknown key "overrides[0].file" (did you mean "files"?); valid keys: files, excludedFiles, rules, allow'],
  ['.scrapelintrc.json', json({overrides: [{rules: {}}]}), '.scrapelintrc.json: overrides[0].files: expected one or more glob patterns'],
  ['.scrapelintrc.json', json({overrides: [{files: '*.md', rules: {'doubled-punctuations': 'off'}}]}), '.scrapelintrc.json: overrides[0].rules: unknown rule "doubled-punctuations" (did you mean "doubled-punctuation"?)'],
  ['.scrapelintrc.json', json({maxFileSize: '64 parsecs'}), '.scrapelintrc.json: maxFileSize: expected a number of bytes or a size such as "500KB" or "64MB", got "64 parsecs"'],
  ['scrapelint.config.mjs', 'export default {rules: {', 'scrapelint.config.mjs: cannot load: '],
  ['scrapelint.config.mjs', 'export const rules = {}\n', 'scrapelint.config.mjs: export the configuration as the default export (export default {…} or module.exports = {…})'],
  ['package.json', json({name: 'x', scrapelint: {rulez: {}}}), 'package.json: unknown key "rulez" (did you mean "rules"?)']
]

const EXTRA_FILES = {
  'not-a-plugin.mjs': 'export default 42\n',
  'plugin.mjs': 'export default function plugin() {}\n'
}

test('every validation error names the file, the key and the closest valid name', async () => {
  for (const [name, content, expected] of CASES) {
    const dir = workspace({[name]: content, ...EXTRA_FILES, 'a.txt': ''})
    await assert.rejects(
      resolveConfigForFile('a.txt', {cwd: dir}),
      (error: Error) => {
        assert.ok(error instanceof ConfigError, `${content}: ${error.stack}`)
        assert.ok(error.message.startsWith(expected), `${content}\n  got:      ${error.message}\n  expected: ${expected}`)
        return true
      },
      content
    )
  }
})

test('circular extends is an error naming the chain', async () => {
  const dir = workspace({
    '.scrapelintrc.json': json({extends: './a.json'}),
    'a.json': json({extends: './b.json'}),
    'b.json': json({extends: './a.json'}),
    'x.txt': ''
  })
  await assert.rejects(resolveConfigForFile('x.txt', {cwd: dir}), /^ConfigError: \.scrapelintrc\.json: extends: circular: \.scrapelintrc\.json → a\.json → b\.json → a\.json$/)
})

test('--config with a package.json that has no "scrapelint" field', async () => {
  const dir = workspace({'package.json': json({name: 'x'}), 'a.txt': ''})
  await assert.rejects(resolveConfigForFile('a.txt', {cwd: dir, configPath: 'package.json'}), /package\.json: no "scrapelint" field in this package\.json/)
})

test('CLI: a config error is one line on stderr, exit 2, nothing linted or written', () => {
  const dir = workspace({'docs/.scrapelintrc.json': json({rules: {'repeated-word': 'off'}}), 'docs/a.txt': 'the the end,, now.\n', 'b.txt': 'x,, y\n'})
  const {code, stdout, stderr} = run(['--fix', '.'], {cwd: dir})
  assert.equal(code, 2)
  assert.equal(stdout, '')
  assert.equal(stderr, 'scrapelint: error: docs/.scrapelintrc.json: rules: unknown rule "repeated-word" (did you mean "repeated-words"?)\n')
  assert.equal(run(['--config', 'nope.json', 'b.txt'], {cwd: dir}).code, 2)
  assert.equal(run(['--config', 'x.json', '--no-config', 'b.txt'], {cwd: dir}).stderr, 'scrapelint: error: give either --config or --no-config, not both\n')
})
