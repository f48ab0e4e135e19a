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
      // The ETA is ours: cli-progress's own reads "NULL" (drawn as "LL") once the input is all read
      // and the last documents are still being linted.
      format: sized ? '{bar} {percentage}% | {documents} documents | {speed} MB/s | ETA {timeLeft}' : '{documents} documents | {speed} MB/s | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5
    },
    cliProgress.Presets.shades_classic
  )
  const start = Date.now()
  let read = 0
  bar.start(sized ? total : 1, 0, {documents: 0, speed: '0.0', timeLeft: '…'})
  return {
    read(bytes) {
      read += bytes
    },
    update(documents, bytes) {
      const seconds = (Date.now() - start) / 1000
      const done = sized ? Math.min(read, total) : 0
      const speed = seconds > 0 ? (bytes / 1e6 / seconds).toFixed(1) : '0.0'
      bar.update(done, {documents, speed, timeLeft: sized ? formatEta(remainingSeconds(done, total, seconds)) : ''})
    },
    stop() {
      bar.stop()
    }
  }
}

/** Seconds left at the rate the input has been read so far; undefined before there is a rate. */
export function remainingSeconds(done: number, total: number, seconds: number): number | undefined {
  if (done >= total) return 0
  if (done <= 0 || seconds <= 0) return undefined
  return ((total - done) * seconds) / done
}

/** `…` while unknown, then `42s`, `3m 05s`, `2h 07m`. */
export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '…'
  const whole = Math.ceil(seconds)
  if (whole < 60) return `${whole}s`
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`
  return `${Math.floor(whole / 3600)}h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`
}
