/** Output formats by name, for `--format`. */
import {compact} from './compact.js'
import {diff} from './diff.js'
import {github} from './github.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import type {Formatter} from './types.js'

export const formatters: Record<string, Formatter> = {stylish, json, compact, github, sarif, diff}
export type {FileResult, Formatter, ReportContext} from './types.js'
