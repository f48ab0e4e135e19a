/** Running `scrapelint corpus` in temporary workspaces, and corpus fixtures. */
import {spawnSync} from 'node:child_process'
import {BIN} from '../cli/run.js'

export {BIN, workspace} from '../cli/run.js'

export function corpus(args: string[], options: {input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv} = {}) {
  const result = spawnSync(process.execPath, [BIN, 'corpus', ...args], {
    input: options.input,
    cwd: options.cwd,
    env: {...process.env, NO_COLOR: '1', ...options.env},
    maxBuffer: 256 * 1024 * 1024
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8'), text: result.stdout.toString('utf8')}
}

export interface OutputRecord {
  id?: unknown
  score?: number
  keep?: boolean
  counts?: Record<string, number>
  text?: string
  messages?: Array<{ruleId: string}>
  line?: number
  error?: string
}

export function records(text: string): OutputRecord[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutputRecord)
}

const SENTENCES = [
  'The council met on Tuesday to discuss the new budget for the harbour.',
  'Residents asked for more buses on the northern routes, and the mayor agreed to look into it.',
  'A small bakery on the corner has kept the same recipe for forty years.',
  'Rain is expected over the weekend, with clearer skies by Monday morning.',
  'The library will extend its opening hours during the examination period.'
]

/** Clean prose of about `size` characters, varied by `seed`. */
export function prose(size: number, seed = 0): string {
  const sentences: string[] = []
  let length = 0
  for (let index = seed; length < size; index++) {
    const sentence = SENTENCES[index % SENTENCES.length]
    sentences.push(sentence)
    length += sentence.length + 1
    if (sentences.length % 4 === 0) sentences.push('\n\n')
  }
  return sentences.join(' ').replace(/ ?\n\n ?/g, '\n\n').trim()
}

export function jsonl(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify(row) + '\n').join('')
}
