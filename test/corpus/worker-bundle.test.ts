/** The corpus workers' bundle and code cache (src/corpus/worker-entry.ts): taken when built, same output as the modules. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {setWorkerFlags} from '../../src/corpus/pool.js'
import {WORKER_BUNDLE} from '../../src/corpus/worker-entry.js'
import {corpus, records} from './helpers.js'

const ENTRY = new URL('../../src/corpus/worker-entry.js', import.meta.url).href

/** How a real worker thread running the pool's entry module started. */
async function workerStartup(env: NodeJS.ProcessEnv): Promise<{source: string; codeCache: string}> {
  // The pool's flags, as for its workers (V8 takes a code cache only under the flags it was made with).
  setWorkerFlags()
  const source = `import {parentPort} from 'node:worker_threads'; const {startup} = await import(${JSON.stringify(ENTRY)}); parentPort.postMessage(startup)`
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), {env})
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
  } finally {
    await worker.terminate()
  }
}

test('the build made a worker bundle, and a worker thread starts from it with its code cache', async () => {
  assert.ok(existsSync(WORKER_BUNDLE), WORKER_BUNDLE)
  assert.deepEqual(await workerStartup({...process.env, SCRAPELINT_NO_BUNDLE: ''}), {source: 'bundle', codeCache: 'accepted'})
})

test('SCRAPELINT_NO_BUNDLE=1: the worker imports the modules', async () => {
  assert.deepEqual(await workerStartup({...process.env, SCRAPELINT_NO_BUNDLE: '1'}), {source: 'modules', codeCache: 'unused'})
})

test('the worker bundle and the modules give the same output, fixes included', () => {
  const input = ['The the council met.  Twice.', 'Share this article\nThe harbour reopened on Monday after repairs.\nLeave a Reply', 'CafÃ© owners said it was a good year.']
    .map((text, id) => JSON.stringify({id, text}))
    .join('\n')
  const bundled = corpus(['--no-config', '--preset', 'strict', '--fix', '--messages', '-q', '-j', '1', '-'], {input})
  const modules = corpus(['--no-config', '--preset', 'strict', '--fix', '--messages', '-q', '-j', '1', '-'], {input, env: {SCRAPELINT_NO_BUNDLE: '1'}})
  assert.equal(bundled.code, 0, bundled.stderr)
  assert.equal(records(bundled.text).length, 3)
  assert.ok(records(bundled.text).every((record) => (record.messages?.length ?? 0) > 0))
  assert.equal(bundled.text, modules.text)
})
