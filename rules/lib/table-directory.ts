/** Where the build writes the word tables that rules read instead of their packages' slow formats (`scripts/dictionary-tables.ts`). */
import path from 'node:path'
import {packageRoot} from '../../src/util/package.js'

export const TABLE_DIRECTORY = path.join(packageRoot, 'dist', 'rules', 'lib', 'dictionary-tables')
