/** Data files shipped in `rules/data/`, read on first use. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../../src/util/package.js'

export function dataPath(name: string): string {
  return path.join(packageRoot, 'rules', 'data', name)
}

export function readDataFile(name: string): string {
  return readFileSync(dataPath(name), 'utf8')
}

/** Lines of a data file, without blank lines and `#` comments. */
export function readDataLines(name: string): string[] {
  return readDataFile(name)
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
}
