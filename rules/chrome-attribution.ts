/**
 * chrome-attribution: notes about the article rather than the article —
 * "Originally published on …", "Reporting by …; Editing by …",
 * "Contributing: …" (a "… contributed to this report" line is
 * chrome-credit's), labelled affiliate and sponsorship disclosures
 * ("Disclosure: …"; a site's unlabelled affiliate boilerplate is
 * chrome-widget's), "The views expressed …", copyright and licence notices.
 * Scrapers keep them with the text, and often they must stay (a licence or
 * the law may require the credit or the disclosure), so this rule is off by
 * default: turn it on to review them. In a page's footer the same lines are
 * flagged as navigation or end-zone chrome.
 */
import {defineChromeRule, kindsOf, lineCount} from './lib/chrome/report.js'

export default defineChromeRule(
  {
    id: 'chrome-attribution',
    description: 'Flag attribution, disclosure and copyright notes kept with the article (off by default: they may have to stay)',
    fix: 'suggestion',
    severity: 'off'
  },
  (block) => `Note about the article (${kindsOf(block)}); delete ${lineCount(block)} if ${block.lines.length === 1 ? 'it' : 'they'} need not stay`
)
