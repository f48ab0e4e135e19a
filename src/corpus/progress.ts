/**
 * The progress bar of `scrapelint corpus` on a terminal (stderr): documents,
 * MB/s, and — when the input size is known — a bar and an ETA. Drawn by
 * `cli-progress`; nothing at all when stderr is no TTY or with `--quiet`.
 */
import cliProgress from 'cli-progress'

export interface Progress {
  /** Input bytes read so far (compressed where the input is). */
  read(bytes: number): void
  /** Documents done so far and uncompressed megabytes processed. */
  update(documents: number, bytes: number): void
  stop(): void
}

const SILENT: Progress = {read() {}, update() {}, stop() {}}

export function createProgress(stream: NodeJS.WritableStream & {isTTY?: boolean}, total: number | undefined, quiet: boolean): Progress {
  if (quiet || !stream.isTTY) return SILENT
  const sized = total !== undefined && total > 0
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: sized ? '{bar} {percentage}% | {documents} documents | {speed} MB/s | ETA {eta_formatted}' : '{documents} documents | {speed} MB/s | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5
    },
    cliProgress.Presets.shades_classic
  )
  const start = Date.now()
  let read = 0
  bar.start(sized ? total : 1, 0, {documents: 0, speed: '0.0'})
  return {
    read(bytes) {
      read += bytes
    },
    update(documents, bytes) {
      const seconds = (Date.now() - start) / 1000
      bar.update(sized ? Math.min(read, total) : 0, {documents, speed: seconds > 0 ? (bytes / 1e6 / seconds).toFixed(1) : '0.0'})
    },
    stop() {
      bar.stop()
    }
  }
}
