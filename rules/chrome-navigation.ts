/**
 * chrome-navigation: menus, section lists and breadcrumbs — runs of short,
 * capitalised, unpunctuated lines with known menu entries among them —
 * before or after the article's core. Typical of whole-page text dumps.
 */
import {defineChromeRule, lineCount} from './lib/chrome/report.js'

export default defineChromeRule(
  {
    id: 'chrome-navigation',
    description: 'Flag menu runs before or after the article',
    fix: 'suggestion',
    severity: 'warn'
  },
  (block) => `Site navigation ${block.lines[0].claim!.what.includes('after') ? 'after' : 'before'} the article; delete ${lineCount(block)}`
)
