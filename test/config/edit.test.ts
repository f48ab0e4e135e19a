/** "Disable rule X in this project": the helper the language server calls. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {disableRuleInProject, planDisableRule} from '../../src/config/edit.js'
import {resolveConfigForFile} from '../../src/config/resolve.js'
import {workspace} from '../cli/run.js'

test('no config file: creates .scrapelintrc.json at the project root', async () => {
  const dir = workspace({'project/docs/a.md': ''})
  const root = path.join(dir, 'project')
  const edit = await disableRuleInProject('repeated-words', {filePath: 'docs/a.md', projectRoot: root})
  assert.deepEqual(edit, {file: path.join(root, '.scrapelintrc.json'), text: '{\n  "rules": {\n    "repeated-words": "off"\n  }\n}\n', created: true})
  assert.equal(readFileSync(edit.file, 'utf8'), edit.text)
  assert.equal((await resolveConfigForFile(path.join(root, 'docs/a.md'))).rules['repeated-words'][0], 'off', 'the config cache was cleared')
})

test('a config above the project keeps applying: the new file extends it', async () => {
  const dir = workspace({'.scrapelintrc.json': JSON.stringify({rules: {'doubled-punctuation': 'error'}}), 'project/a.txt': ''})
  const root = path.join(dir, 'project')
  const edit = await planDisableRule('repeated-words', {filePath: 'a.txt', projectRoot: root})
  assert.deepEqual(JSON.parse(edit.text), {extends: '../.scrapelintrc.json', rules: {'repeated-words': 'off'}})
})

test('JSON: edits the nearest config, keeping key order, indentation and line endings', async () => {
  const original = '{\r\n\t"extends": "strict",\r\n\t"rules": {\r\n\t\t"doubled-punctuation": "error"\r\n\t},\r\n\t"allow": ["eBay"]\r\n}\r\n'
  const dir = workspace({'docs/.scrapelintrc.json': original, 'docs/a.md': '', '.scrapelintrc.json': '{}'})
  const edit = await planDisableRule('repeated-words', {filePath: 'docs/a.md', projectRoot: dir})
  assert.equal(edit.file, path.join(dir, 'docs/.scrapelintrc.json'))
  assert.equal(edit.created, false)
  assert.equal(edit.text, '{\r\n\t"extends": "strict",\r\n\t"rules": {\r\n\t\t"doubled-punctuation": "error",\r\n\t\t"repeated-words": "off"\r\n\t},\r\n\t"allow": [\r\n\t\t"eBay"\r\n\t]\r\n}\r\n')
})

test('YAML: keeps comments; package.json: edits the "scrapelint" field', async () => {
  const dir = workspace({'.scrapelintrc.yaml': '# house rules\nextends: corpus # bulk cleaning\n', 'a.txt': ''})
  const edit = await planDisableRule('repeated-words', {filePath: 'a.txt', projectRoot: dir})
  assert.equal(edit.text, '# house rules\nextends: corpus # bulk cleaning\nrules:\n  repeated-words: off\n')

  const pkg = workspace({'package.json': '{\n  "name": "site",\n  "scrapelint": {}\n}\n', 'a.txt': ''})
  const pkgEdit = await disableRuleInProject('repeated-words', {filePath: 'a.txt', projectRoot: pkg})
  assert.deepEqual(JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')), {name: 'site', scrapelint: {rules: {'repeated-words': 'off'}}})
  assert.equal(pkgEdit.created, false)
})

test('unknown rules and JavaScript configs are refused with a reason', async () => {
  const dir = workspace({'a.txt': ''})
  await assert.rejects(planDisableRule('repeated-word', {filePath: 'a.txt', projectRoot: dir}), /unknown rule "repeated-word" \(did you mean "repeated-words"\?\)/)
  const js = workspace({'scrapelint.config.mjs': 'export default {}\n', 'a.txt': ''})
  await assert.rejects(planDisableRule('repeated-words', {filePath: 'a.txt', projectRoot: js}), /a JavaScript config cannot be edited automatically; add "repeated-words": "off" to its rules/)
})
