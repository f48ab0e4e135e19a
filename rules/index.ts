/**
 * The registry of built-in rules. Each rule lives in its own file, with its
 * documentation at `docs/rules/<id>.md` and its tests at `test/rules/<id>.test.ts`.
 */
import type {Rule} from '../src/engine/rule.js'
import doubledPunctuation from './doubled-punctuation.js'
import invisibleCharacters from './invisible-characters.js'
import irregularSpacing from './irregular-spacing.js'
import repeatedWords from './repeated-words.js'
import mojibake from './mojibake.js'
import oddCharacters from './odd-characters.js'
import htmlEntities from './html-entities.js'
import markupResidue from './markup-residue.js'
import unbalancedQuotes from './unbalanced-quotes.js'
import inconsistentQuotes from './inconsistent-quotes.js'
import brokenHyphenation from './broken-hyphenation.js'
import torturedPhrase from './tortured-phrase.js'
import garbledConstruction from './garbled-construction.js'
import foreignFragment from './foreign-fragment.js'
import torturedCollocation from './tortured-collocation.js'
import chromeWidget from './chrome-widget.js'
import chromeCredit from './chrome-credit.js'
import chromeEndZone from './chrome-end-zone.js'
import chromeNavigation from './chrome-navigation.js'
import chromeTemplate from './chrome-template.js'
import chromeAttribution from './chrome-attribution.js'
import gluedWords from './glued-words.js'
import duplicateContent from './duplicate-content.js'
import truncatedText from './truncated-text.js'
import fragment from './fragment.js'
import strayCapital from './stray-capital.js'
import missingSentenceBreak from './missing-sentence-break.js'
import lowercaseSentenceStart from './lowercase-sentence-start.js'

export const rules: ReadonlyArray<Rule<any>> = [
  invisibleCharacters,
  irregularSpacing,
  doubledPunctuation,
  repeatedWords,
  mojibake,
  oddCharacters,
  htmlEntities,
  markupResidue,
  unbalancedQuotes,
  inconsistentQuotes,
  brokenHyphenation,
  torturedPhrase,
  garbledConstruction,
  foreignFragment,
  torturedCollocation,
  chromeWidget,
  chromeCredit,
  chromeEndZone,
  chromeNavigation,
  chromeTemplate,
  chromeAttribution,
  gluedWords,
  duplicateContent,
  truncatedText,
  fragment,
  strayCapital,
  missingSentenceBreak,
  lowercaseSentenceStart,
]

export const ruleMap: ReadonlyMap<string, Rule<any>> = new Map(rules.map((rule) => [rule.meta.id, rule]))
