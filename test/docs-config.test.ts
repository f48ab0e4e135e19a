/**
 * The configuration and CI docs are checked like the rule pages: every
 * example config file loads, the suppression example silences what it says,
 * and every scrapelint command in the example workflow is valid.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {checkUsage, parseCliArgs} from '../src/cli/args.js'
import {resolveConfigForFile} from '../src/config/resolve.js'
import {createSetup} from '../src/config/setup.js'
import {lintDocument} from '../src/engine/lint.js'
import {packageRoot} from '../src/util/package.js'
import {workspace} from './cli/run.js'

const read = (name: string) => readFileSync(path.join(packageRoot, 'docs', name), 'utf8')

/** Fenced blocks with an info string of a language and a label: ```` ```json .scrapelintrc.json ````. */
function blocks(markdown: string): Array<{language: string; label: string; body: string}> {
  return [...markdown.matchAll(/^```(\w+) (\S+)\n([\s\S]*?)^```$/gm)].map(([, language, label, body]) => ({language, label, body}))
}

test('docs/configuration.md: every example config file loads', async () => {
  const examples = blocks(read('configuration.md')).filter((block) => block.label !== 'suppressed')
  assert.deepEqual(
    examples.map((block) => block.label),
    ['.scrapelintrc.json', '.scrapelintrc.yaml', 'scrapelint.config.mjs', 'package.json']
  )
  for (const example of examples) {
    const dir = workspace({[example.label]: example.body})
    const resolved = await resolveConfigForFile('docs/page.md', {cwd: dir})
    assert.equal(resolved.configFile, path.join(dir, example.label))
  }
})

test('docs/configuration.md: the suppression example silences its findings', () => {
  const [example] = blocks(read('configuration.md')).filter((block) => block.label === 'suppressed')
  const setup = createSetup()
  const withoutDirectives = example.body.replace(/<!--.*?-->/g, '')
  assert.ok(lintDocument(withoutDirectives, setup, {format: 'markdown'}).messages.length >= 3)
  assert.deepEqual(lintDocument(example.body, createSetup({reportUnusedDirectives: true}), {format: 'markdown'}).messages, [])
})

test('docs/ci.md: the workflow is valid YAML and its scrapelint commands are valid', () => {
  const [workflow] = blocks(read('ci.md')).filter((block) => block.label === 'workflow')
  const data = parseYaml(workflow.body) as {jobs: Record<string, {steps: Array<{run?: string}>}>}
  const commands = Object.values(data.jobs)
    .flatMap((job) => job.steps)
    .map((step) => step.run ?? '')
    .filter((run) => run.startsWith('npx scrapelint'))
  assert.equal(commands.length, 3)
  for (const command of commands) {
    const args = command.replace(/\|\|.*$/, '').trim().split(/\s+/).slice(2)
    const options = parseCliArgs(args)
    checkUsage(options)
    assert.deepEqual(options.paths, ['content/'], command)
  }
})
