import assert from 'node:assert/strict'
import test from 'node:test'
import {speedupCeiling, steadyState} from '../../scripts/bench/corpus.js'

test('steady state: the per-megabyte rate and the fixed CPU time from runs on two input sizes', () => {
  // 1.5 CPU-s fixed, then 12.5 MB per CPU-s: 10 MB take 2.3 s, 50 MB 5.5 s.
  const steady = steadyState({megabytes: 10, cpuSeconds: 2.3}, {megabytes: 50, cpuSeconds: 5.5})
  assert.ok(steady)
  assert.ok(Math.abs(steady.rate - 12.5) < 1e-9)
  assert.ok(Math.abs(steady.fixedSeconds - 1.5) < 1e-9)
  // No estimate when the larger run was not slower (noise on a busy machine), or the inputs are the same size.
  assert.equal(steadyState({megabytes: 10, cpuSeconds: 3}, {megabytes: 50, cpuSeconds: 3}), undefined)
  assert.equal(steadyState({megabytes: 50, cpuSeconds: 2}, {megabytes: 50, cpuSeconds: 3}), undefined)
})

test('speed-up ceiling: the cores over the cores one job keeps busy', () => {
  // One job used 5.6 CPU-s in 4 s of wall-clock time: 1.4 cores. Two cores allow 2 / 1.4 at most.
  assert.ok(Math.abs(speedupCeiling(2, {seconds: 4, cpuSeconds: 5.6}) - 2 / 1.4) < 1e-9)
  // A job that keeps exactly one core busy leaves N cores an N-fold speed-up.
  assert.equal(speedupCeiling(4, {seconds: 3, cpuSeconds: 3}), 4)
})
