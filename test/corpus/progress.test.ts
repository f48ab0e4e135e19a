import assert from 'node:assert/strict'
import {PassThrough} from 'node:stream'
import test from 'node:test'
import {createProgress, formatEta, remainingSeconds} from '../../src/corpus/progress.js'

test('ETA: from the rate the input was read at; 0s once it is all read, never NaN', () => {
  assert.equal(remainingSeconds(0, 100, 2), undefined)
  assert.equal(remainingSeconds(25, 100, 2), 6)
  assert.equal(remainingSeconds(100, 100, 9), 0)
  assert.equal(remainingSeconds(100, 100, 0), 0)
  assert.deepEqual(['…', '…', '0s', '6s', '59s', '1m 00s', '3m 05s', '2h 07m'], [undefined, Infinity, 0, 5.2, 59, 60, 185, 7620].map(formatEta))
})

test('the bar on a terminal shows the ETA, and nothing is drawn off a terminal', () => {
  const terminal = Object.assign(new PassThrough(), {isTTY: true, columns: 120, cursorTo() {}, clearLine() {}, moveCursor() {}})
  let drawn = ''
  terminal.on('data', (chunk) => (drawn += chunk))
  const progress = createProgress(terminal, 1000, false)
  progress.read(1000)
  // The input is all read while the last documents are linted: the bar's value stays at its total.
  for (let documents = 1; documents <= 20; documents++) progress.update(documents, documents * 50)
  progress.stop()
  assert.match(drawn, /100% \| 20 documents \| [\d.]+ MB\/s \| ETA 0s/)
  assert.doesNotMatch(drawn, /LL|NULL/)

  const file = Object.assign(new PassThrough(), {isTTY: false})
  let written = ''
  file.on('data', (chunk) => (written += chunk))
  const silent = createProgress(file, 1000, false)
  silent.read(1000)
  silent.update(10, 1000)
  silent.stop()
  assert.equal(written, '')
})
