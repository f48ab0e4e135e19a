/**
 * Access to the calibration data in `../shared` (beside the checkout). It is
 * read at evaluation time only; none of it is copied into the project.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../../src/util/package.js'

export function sharedDirectory(): string {
  return process.env.SCRAPELINT_SHARED ?? path.resolve(packageRoot, '..', 'shared')
}

export function sharedPath(...parts: string[]): string {
  return path.join(sharedDirectory(), ...parts)
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts))
}

export interface GoldDocument {
  id: string
  url: string
  articleBody: string
}

/** Gold article bodies of a data set in the Scrapinghub benchmark layout. */
export function readGold(directory = sharedPath('data', 'aeb-dev')): GoldDocument[] {
  const data = JSON.parse(readFileSync(path.join(directory, 'ground-truth.json'), 'utf8')) as Record<string, {url: string; articleBody: string}>
  return Object.entries(data).map(([id, value]) => ({id, url: value.url, articleBody: value.articleBody}))
}
