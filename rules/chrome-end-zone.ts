/**
 * chrome-end-zone: what a page puts after the article — once an end marker
 * ("Source link", "Leave a Reply", "12 Comments") follows the article's last
 * paragraph, everything after it is chrome: comment forms, related headlines,
 * footers. After a teaser heading ("More from …", "You may also like") the
 * headlines below it are chrome, and so is a run of headlines ending the text.
 */
import {capitalise, defineChromeRule, lineCount} from './lib/chrome/report.js'

export default defineChromeRule(
  {
    id: 'chrome-end-zone',
    description: 'Flag what follows the end of the article (related headlines, comment forms) and teaser lists under a heading',
    fix: 'safe',
    severity: 'warn'
  },
  (block) => `${capitalise(block.lines[0].claim!.what)}; delete ${lineCount(block)}`
)
