/**
 * chrome-credit: credits, captions, bylines, datelines and timestamps —
 * "Gavril Grigorov/Sputnik/Reuters", "(AP Photo/…)", "Getty Images",
 * "00:21 – Source: CNN", "By Jane Doe", "Jane Doe contributed reporting.",
 * "Nov. 19, 2019 10:42 am", "CNN" alone, "Headline | Site Name". The line
 * is deleted; a caption keeps its text without the credit, a headline
 * without the site's name.
 */
import {capitalise, defineChromeRule, kindsOf, lineCount} from './lib/chrome/report.js'

export default defineChromeRule(
  {
    id: 'chrome-credit',
    description: 'Flag photo credits, captions’ credits, bylines, contributor lines, datelines, timestamps and source names',
    fix: 'safe',
    severity: 'warn'
  },
  (block) => {
    const head = block.lines[0]
    const keep = head.claim!.keep
    if (keep === undefined) return `${capitalise(kindsOf(block))}; delete ${lineCount(block)}`
    return `${capitalise(head.claim!.what)}: \`${head.text.slice(keep.length).trim()}\`; remove it (or delete the line)`
  }
)
