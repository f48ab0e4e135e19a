/** Evaluation suites by name. */
import {aeb} from './aeb.js'
import {clean} from './clean.js'
import {collocations} from './collocations.js'
import {ftfy} from './ftfy.js'

export type Suite = (args: string[]) => Promise<void> | void

export const suites: Record<string, Suite> = {clean, aeb, ftfy, collocations}
