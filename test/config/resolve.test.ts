/**
 * Config discovery and precedence through `resolveConfigForFile`, the one
 * resolution every surface uses.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {clearConfigCache, resolveConfigForFile} from '../../src/config/resolve.js'
import {lintDocument} from '../../src/engine/lint.js'
import {workspace} from '../cli/run.js'

const severity = async (dir: string, file: string, id: string) => (await resolveConfigForFile(path.join(dir, file), {cwd: dir})).rules[id][0]

test('no config file: every rule at its default', async () => {
  const dir = workspace({'a.txt': ''})
  const resolved = await resolveConfigForFile('a.txt', {cwd: dir})
  assert.equal(resolved.configFile, undefined)
  assert.deepEqual(resolved.rules['repeated-words'], ['warn', {}])
  assert.equal(resolved.ignored, false)
})

test('the nearest config file wins; parent configs are not merged', async () => {
  const dir = workspace({
    '.scrapelintrc.json': JSON.stringify({rules: {'repeated-words': 'error', 'doubled-punctuation': 'off'}}),
    'docs/.scrapelintrc.yaml': 'rules:\n  repeated-words: off\n',
    'docs/deep/er/a.txt': '',
    'b.txt': ''
  })
  assert.equal(await severity(dir, 'b.txt', 'repeated-words'), 'error')
  assert.equal(await severity(dir, 'b.txt', 'doubled-punctuation'), 'off')
  const nested = await resolveConfigForFile('docs/deep/er/a.txt', {cwd: dir})
  assert.equal(nested.configFile, path.join(dir, 'docs/.scrapelintrc.yaml'))
  assert.equal(nested.rules['repeated-words'][0], 'off')
  assert.equal(nested.rules['doubled-punctuation'][0], 'warn', 'the parent config does not leak in')
})

test('file kinds in one directory: JS first, then JSON, YAML, package.json', async () => {
  const dir = workspace({
    'scrapelint.config.mjs': "export default {rules: {'repeated-words': 'error'}}\n",
    '.scrapelintrc.json': JSON.stringify({rules: {'repeated-words': 'off'}}),
    'a.txt': ''
  })
  const resolved = await resolveConfigForFile('a.txt', {cwd: dir})
  assert.equal(resolved.configFile, path.join(dir, 'scrapelint.config.mjs'))
  assert.equal(resolved.rules['repeated-words'][0], 'error')

  const cjs = workspace({'scrapelint.config.js': "module.exports = {rules: {'repeated-words': 'error'}}\n", 'a.txt': ''})
  assert.equal(await severity(cjs, 'a.txt', 'repeated-words'), 'error')

  const yml = workspace({'.scrapelintrc.yml': '# comment\nrules: {repeated-words: error}\n', 'a.txt': ''})
  assert.equal(await severity(yml, 'a.txt', 'repeated-words'), 'error')
})

test('package.json: the "scrapelint" field is a config; without it the search goes on upwards', async () => {
  const dir = workspace({
    'package.json': JSON.stringify({name: 'site', scrapelint: {rules: {'repeated-words': 'error'}}}),
    'packages/blog/package.json': JSON.stringify({name: 'blog'}),
    'packages/blog/post.md': ''
  })
  const resolved = await resolveConfigForFile('packages/blog/post.md', {cwd: dir})
  assert.equal(resolved.configFile, path.join(dir, 'package.json'))
  assert.equal(resolved.rules['repeated-words'][0], 'error')
})

test('overrides apply per glob, in order, relative to the config file; excludedFiles', async () => {
  const dir = workspace({
    '.scrapelintrc.json': JSON.stringify({
      rules: {'repeated-words': 'error'},
      overrides: [
        {files: '*.md', rules: {'repeated-words': 'off'}},
        {files: ['archive/**'], excludedFiles: ['archive/keep.md'], rules: {'repeated-words': 'warn', 'doubled-punctuation': 'error'}}
      ]
    }),
    'x.txt': ''
  })
  assert.equal(await severity(dir, 'x.txt', 'repeated-words'), 'error')
  assert.equal(await severity(dir, 'sub/page.md', 'repeated-words'), 'off', 'a pattern without a slash matches the base name anywhere')
  assert.equal(await severity(dir, 'archive/old.md', 'repeated-words'), 'warn', 'the later override wins')
  assert.equal(await severity(dir, 'archive/old.md', 'doubled-punctuation'), 'error')
  assert.equal(await severity(dir, 'archive/keep.md', 'doubled-punctuation'), 'warn')
})

test('precedence: extends < own rules < overrides < cliRules; options merge', async () => {
  const dir = workspace({
    'base.json': JSON.stringify({rules: {'irregular-spacing': ['error', {trailing: false}]}, allow: ['eBay']}),
    '.scrapelintrc.json': JSON.stringify({
      extends: ['strict', './base.json'],
      rules: {'irregular-spacing': ['warn', {doubled: false}]},
      allow: ['iPhone'],
      overrides: [{files: '*.md', rules: {'irregular-spacing': 'off'}}]
    }),
    'a.txt': ''
  })
  const resolved = await resolveConfigForFile('a.txt', {cwd: dir})
  assert.deepEqual(resolved.rules['irregular-spacing'], ['warn', {doubled: false, trailing: false, beforePunctuation: true}])
  assert.deepEqual(resolved.allow, ['eBay', 'iPhone'])
  assert.deepEqual(resolved.presets, ['strict'])
  assert.deepEqual(resolved.configFiles, [path.join(dir, 'base.json'), path.join(dir, '.scrapelintrc.json')])
  assert.equal(await severity(dir, 'a.md', 'irregular-spacing'), 'off')
  const flagged = await resolveConfigForFile('a.md', {cwd: dir, cliRules: {'irregular-spacing': 'error'}})
  assert.equal(flagged.rules['irregular-spacing'][0], 'error')
})

test('overrides from extended files and the file itself are told apart', async () => {
  const dir = workspace({
    'a.json': JSON.stringify({overrides: [{files: '*.md', rules: {'repeated-words': 'error'}}]}),
    'b.json': JSON.stringify({overrides: [{files: '*.txt', rules: {'doubled-punctuation': 'error'}}]}),
    '.scrapelintrc.json': JSON.stringify({extends: ['./a.json', './b.json']})
  })
  const md = await resolveConfigForFile('x.md', {cwd: dir})
  const txt = await resolveConfigForFile('x.txt', {cwd: dir})
  assert.deepEqual([md.rules['repeated-words'][0], md.rules['doubled-punctuation'][0]], ['error', 'warn'])
  assert.deepEqual([txt.rules['repeated-words'][0], txt.rules['doubled-punctuation'][0]], ['warn', 'error'])
})

test('--config replaces discovery; --no-config ignores config files', async () => {
  const dir = workspace({
    '.scrapelintrc.json': JSON.stringify({rules: {'repeated-words': 'error'}}),
    'ci/strict.yaml': 'rules:\n  repeated-words: off\n',
    'a.txt': ''
  })
  const explicit = await resolveConfigForFile('a.txt', {cwd: dir, configPath: 'ci/strict.yaml'})
  assert.equal(explicit.rules['repeated-words'][0], 'off')
  const none = await resolveConfigForFile('a.txt', {cwd: dir, noConfig: true})
  assert.equal(none.configFile, undefined)
  assert.equal(none.rules['repeated-words'][0], 'warn')
})

test('allow: terms are never flagged, whichever rule finds them', async () => {
  const dir = workspace({'.scrapelintrc.json': JSON.stringify({allow: ['Bora Bora', 'Big  Data']}), 'a.txt': ''})
  const {setup} = await resolveConfigForFile('a.txt', {cwd: dir})
  const text = 'We flew to Bora Bora for Big  Data, then  the the hotel.'
  const messages = lintDocument(text, setup).messages
  assert.deepEqual(
    messages.map((message) => [message.ruleId, message.actual]),
    [
      ['irregular-spacing', '  '],
      ['repeated-words', 'the the']
    ],
    'only the findings outside the allowed terms remain'
  )
})

test('maxFileSize from config, as bytes or a size', async () => {
  const dir = workspace({'.scrapelintrc.json': JSON.stringify({maxFileSize: '2KB'}), 'a.txt': ''})
  assert.equal((await resolveConfigForFile('a.txt', {cwd: dir})).maxFileSize, 2048)
})

test('plugins: resolved from the config file directory (package or path), reported under their id', async () => {
  const plugin = `export default function retextShout() {
  return (tree, file) => {
    const text = String(file)
    const at = text.indexOf('LOUD')
    if (at !== -1) file.message('Shouting; lower it', {start: {line: 1, column: at + 1, offset: at}, end: {line: 1, column: at + 5, offset: at + 4}})
  }
}
`
  const dir = workspace({
    'node_modules/retext-shout/package.json': JSON.stringify({name: 'retext-shout', type: 'module', exports: './index.js'}),
    'node_modules/retext-shout/index.js': plugin,
    'lib/local-shout.mjs': plugin,
    '.scrapelintrc.json': JSON.stringify({
      plugins: ['retext-shout', {name: './lib/local-shout.mjs', id: 'local-shout', category: 'sentence', severity: 'error'}],
      rules: {'retext-shout': 'warn'}
    }),
    'docs/a.txt': ''
  })
  const resolved = await resolveConfigForFile('docs/a.txt', {cwd: dir})
  assert.deepEqual(resolved.plugins, ['retext-shout', 'local-shout'])
  const messages = lintDocument('It was LOUD here.', resolved.setup).messages
  assert.deepEqual(
    messages.map((message) => [message.ruleId, message.severity, message.range]),
    [
      ['local-shout', 2, [7, 11]],
      ['retext-shout', 1, [7, 11]]
    ]
  )
})

test('config files are cached until clearConfigCache', async () => {
  const dir = workspace({'.scrapelintrc.json': JSON.stringify({rules: {'repeated-words': 'error'}}), 'a.txt': ''})
  const first = await resolveConfigForFile('a.txt', {cwd: dir})
  const again = await resolveConfigForFile('b.txt', {cwd: dir})
  assert.equal(first.setup, again.setup, 'one setup per distinct configuration')
  writeFileSync(path.join(dir, '.scrapelintrc.json'), JSON.stringify({rules: {'repeated-words': 'off'}}))
  assert.equal(await severity(dir, 'a.txt', 'repeated-words'), 'error')
  clearConfigCache()
  assert.equal(await severity(dir, 'a.txt', 'repeated-words'), 'off')
})

test('a changed JS config is loaded anew after clearConfigCache', async () => {
  const dir = workspace({'scrapelint.config.mjs': "export default {rules: {'repeated-words': 'error'}}\n", 'a.txt': ''})
  assert.equal(await severity(dir, 'a.txt', 'repeated-words'), 'error')
  await new Promise((resolve) => setTimeout(resolve, 20))
  writeFileSync(path.join(dir, 'scrapelint.config.mjs'), "export default {rules: {'repeated-words': 'off'}}\n")
  clearConfigCache()
  assert.equal(await severity(dir, 'a.txt', 'repeated-words'), 'off')
})

test('fingerprint changes with the configuration', async () => {
  const dir = workspace({'.scrapelintrc.json': '{}', 'a.txt': ''})
  const base = await resolveConfigForFile('a.txt', {cwd: dir})
  const changed = await resolveConfigForFile('a.txt', {cwd: dir, cliRules: {'repeated-words': 'off'}})
  const directives = await resolveConfigForFile('a.txt', {cwd: dir, reportUnusedDirectives: true})
  assert.equal(new Set([base.fingerprint, changed.fingerprint, directives.fingerprint]).size, 3)
  assert.equal((await resolveConfigForFile('b.txt', {cwd: dir})).fingerprint, base.fingerprint)
})
