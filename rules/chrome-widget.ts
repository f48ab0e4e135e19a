/**
 * chrome-widget: a line that is nothing but a page widget's text — share and
 * follow buttons, newsletter and paywall calls, "Read more" and "Related"
 * links, comment forms, CMS residue ("Source link", "Written by ADMIN"),
 * advertisement and loading labels, cookie and policy notices, share
 * counters, affiliate-link notices, "Click To Tweet" boxes. Recognised by the
 * chrome lexicon (`rules/data/chrome-lexicon.json`) as a whole line: the same
 * words inside a sentence are never flagged. A widget glued to a paragraph
 * ("…quote.Click To TweetThe next paragraph") keeps the paragraph.
 */
import {defineChromeRule, kindsOf, lineCount} from './lib/chrome/report.js'

export default defineChromeRule(
  {
    id: 'chrome-widget',
    description: 'Flag lines that are a page widget’s text: share buttons, sign-up calls, “Read more” links, comment forms, ads, notices',
    fix: 'safe',
    severity: 'warn'
  },
  (block) => {
    if (block.lines[0].claim!.keep === undefined) return `Site chrome (${kindsOf(block)}); delete ${lineCount(block)}`
    return `Site chrome (${kindsOf(block)}) glued to the text after it; delete it, keeping that text`
  }
)
