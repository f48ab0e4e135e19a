/**
 * Credits, captions, bylines, datelines and timestamps: lines that name who
 * made or supplied the article and its pictures, or when — furniture around
 * the text rather than the text. Each check looks at one line (at most
 * `MAX_CREDIT_LENGTH` characters) with patterns compiled once.
 */

export type CreditKind =
  | 'photo-credit'
  | 'caption-credit'
  | 'timestamp'
  | 'date'
  | 'byline'
  | 'role'
  | 'source-name'
  | 'title-source'

export interface CreditMatch {
  kind: CreditKind
  confidence: number
  /** For a line worth keeping in part: the text to keep (a caption without its credit, a headline without its site). */
  keep?: string
  /** The part that makes it a credit, for the message (e.g. the site name). */
  detail?: string
}

export const MAX_CREDIT_LENGTH = 400

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const WEEKDAY = String.raw`(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?`

/** Tokens a date or time line is made of; the strong ones say it is one. */
const STRONG_DATE_TOKEN = new RegExp(
  String.raw`^(?:${MONTH}|${WEEKDAY}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}(?:am|pm)|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:t[\d:.]+z?)?|\d+(?:h|hr|hrs|m|min|mins|d)|ago|yesterday|today)$`,
  'i'
)
const WEAK_DATE_TOKEN =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|am|pm|a\.m\.|p\.m\.|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|hst|gmt|utc|bst|cet|cest|eet|ist|jst|kst|hkt|sgt|aest|aedt|awst|nzst|nzdt|et|pt|ct|mt|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|just|now|updated?|published|posted|last|modified|created|date|time|on|at|originally|first|edited|and|of|the|le|el|\d{4}s?)$/i

const TIMESTAMP_SOURCE = /^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|•]\s*(?:source|via|video|credit)\b/i
const BARE_DURATION = /^(?:video\s+|duration\s*:?\s*)?\d{1,2}:\d{2}(?::\d{2})?$/i

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|de|da|di|del|della|van|von|der|den|la|le|du|bin|al|el|y|&|and|@[\w.]+)$/u
const ROLE_WORDS = new Set(
  (
    'writer writers reporter reporters correspondent correspondents editor editors columnist columnists contributor contributors ' +
    'staff senior chief political national international sports auto business tech technology science health medical ' +
    'entertainment opinion associate associated contributing managing deputy executive editorial desk bureau special ' +
    'freelance photographer photojournalist producer anchor host analyst critic press ap afp reuters bloomberg ' +
    'security white house foreign affairs legal investigative economics economy markets culture arts music film ' +
    'travel food digital news data visual video audio staffer intern fellow guest author'
  ).split(' ')
)
/** A role must include one of these to be a role line. */
const ROLE_ANCHORS = new Set(
  'writer writers reporter reporters correspondent correspondents editor editors columnist columnists contributor contributors staff photographer photojournalist producer staffer author press'.split(
    ' '
  )
)
const AGENCY = /^(?:ap|afp|reuters|getty|getty images|shutterstock|istock|epa|xinhua|tass|bloomberg|pool|file|handout|courtesy|supplied)\b/i

const SLASH_CREDIT = /^\(?(?:[\p{Lu}][\p{L}'’.&-]*\s*){1,5}(?:\/\s*(?:[\p{Lu}][\p{L}'’.&-]*\s*){1,6}){1,3}\)?$/u
const PAREN_CREDIT = /^[([]\s*(?:(?:ap|afp|reuters|getty|photo|photos|image|images|picture|credit|source|courtesy|file|illustration)\b[^()[\]]{0,120})[)\]]$/i
/** A credit ending a caption: "(AP Photo/Evan Vucci)", "Credit... Doug Mills/The New York Times", "Photo: Reuters". Case matters: no `i` flag. */
const TRAILING_CREDIT = new RegExp(
  [
    String.raw`[([]\s*(?:AP Photo|AFP Photo|Reuters Photo|AP|AFP|Reuters|Getty Images|[Pp]hotos?|[Ii]mages?|[Pp]icture|[Cc]redit|[Ss]ource|[Cc]ourtesy|[Ff]ile [Pp]hoto|[Ii]llustration|[Gg]raphic)\b[^()[\]]{0,100}[)\]]$`,
    String.raw`(?<=[.!?…”"]\s*)(?:Credit|Photo|Image|Picture|Source)s?\s*(?::|\.{2,3}|…)\s*\p{Lu}[^.!?]{0,100}$`,
    String.raw`(?<=[.!?…”"]\s*)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s?\/\s?(?:\p{Lu}[\p{L}'’.&-]*\s?){1,5}$`
  ].join('|'),
  'u'
)

const SOURCE_NAME_END =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’.&-]*\s+){0,4}(?:News|Times|Post|Press|Herald|Tribune|Journal|Gazette|Telegraph|Guardian|Chronicle|Observer|Insider|Wire|Agency|Agencies|Media|TV|Radio|Magazine|Daily|Weekly|Leader|Mail|Register|Examiner|Inquirer|Courier|Dispatch|Bulletin|Standard|Express|Mirror|Network|Reporter)$/u

const TITLE_SEPARATOR = /\s(?:\||-|–|—|::|•|·)\s(?!.*\s(?:\||-|–|—|::|•|·)\s)/
const SMALL_WORDS = new Set('a an and as at but by for from in into of on or the to vs via with'.split(' '))
const SHOUTED_OUTLETS = new Set(['CNN', 'BBC', 'AP', 'AFP', 'NPR', 'CNBC', 'MSNBC', 'ABC', 'NBC', 'CBS', 'WSJ', 'NYT', 'UPI', 'PTI', 'ANI', 'IANS'])

const TERMINAL = /[.!?…]["'”’)\]]*$/

/** Credit patterns for one line; running text (`prose`) can only be a caption ending in a credit. */
export function matchCredit(text: string, prose = false): CreditMatch | undefined {
  if (text.length > MAX_CREDIT_LENGTH) return undefined
  if (prose) return matchCaptionCredit(text)
  const words = text.split(/\s+/)

  if (TIMESTAMP_SOURCE.test(text)) return {kind: 'timestamp', confidence: 0.95}
  if (BARE_DURATION.test(text)) return {kind: 'timestamp', confidence: 0.9}
  if (words.length <= 16 && isDateLine(text)) return {kind: 'date', confidence: 0.9}

  if (words.length <= 14 && !/:\/\/|www\.|\.com\b/i.test(text)) {
    if (PAREN_CREDIT.test(text)) return {kind: 'photo-credit', confidence: 0.93}
    if (text.includes('/') && SLASH_CREDIT.test(text)) return {kind: 'photo-credit', confidence: 0.93}
  }

  const byline = matchByline(text, words)
  if (byline) return byline

  if (words.length <= 8 && !TERMINAL.test(text)) {
    if (isRoleLine(words)) return {kind: 'role', confidence: 0.85}
    if (SOURCE_NAME_END.test(text)) return {kind: 'source-name', confidence: 0.6}
  }

  return matchTitleSource(text, words) ?? matchCaptionCredit(text)
}

/** A caption ending in its credit. Cheap checks first: the pattern runs only where a credit could end the line. */
function matchCaptionCredit(text: string): CreditMatch | undefined {
  if (text.length < 30 || !CREDIT_HINT.test(text)) return undefined
  const credit = TRAILING_CREDIT.exec(text)
  if (!credit || credit.index <= 20) return undefined
  return {kind: 'caption-credit', confidence: 0.8, keep: text.slice(0, credit.index).trimEnd(), detail: credit[0].trim()}
}

const CREDIT_HINT = /[)\]]$|\/|Credit|Photo|Image|Picture|Source/

function isDateLine(text: string): boolean {
  const tokens = text
    .replace(/^[-–—•·|(\[]+|[)\]]+$/g, '')
    .split(/[\s,|•·–—-]+/)
    .map((token) => token.replace(/^[(\[]+|[)\].:;]+$/g, ''))
    .filter(Boolean)
  if (tokens.length === 0) return false
  let strong = 0
  for (const token of tokens) {
    if (STRONG_DATE_TOKEN.test(token)) strong++
    else if (!WEAK_DATE_TOKEN.test(token)) return false
  }
  // A month name alone ("May") is too often something else.
  return strong >= 2 || (strong === 1 && tokens.length >= 2)
}

function matchByline(text: string, words: string[]): CreditMatch | undefined {
  const lead = /^(?:by|written by|posted by|words by|story by|text by|reported by)\s+/i.exec(text)
  if (!lead || words.length > 18) return undefined
  const rest = text.slice(lead[0].length).split(/[\s,|•·]+/).filter(Boolean)
  if (rest.length === 0 || !/^[\p{Lu}@]/u.test(rest[0])) return undefined
  let names = 0
  for (const token of rest) {
    const bare = token.replace(/[.,;:]+$/, '')
    if (NAME_WORD.test(bare) || ROLE_WORDS.has(bare.toLowerCase()) || isDateToken(bare) || /^[-–—/]$/.test(bare)) {
      if (/^\p{Lu}/u.test(bare)) names++
      continue
    }
    return undefined
  }
  return names > 0 ? {kind: 'byline', confidence: 0.85} : undefined
}

function isDateToken(token: string): boolean {
  return STRONG_DATE_TOKEN.test(token) || WEAK_DATE_TOKEN.test(token)
}

/** "Staff Writer", "Tom Krisher, AP Auto Writer", "Meg Kinnard and Errin Haines, Associated Press". */
function isRoleLine(words: string[]): boolean {
  const text = words.join(' ')
  const comma = text.lastIndexOf(',')
  const role = (comma === -1 ? text : text.slice(comma + 1)).trim().toLowerCase().split(/\s+/)
  if (role.length === 0 || role.length > 6) return false
  if (!role.every((word) => ROLE_WORDS.has(word))) return false
  const anchored = role.some((word) => ROLE_ANCHORS.has(word)) || /associated press|reuters|afp/.test(role.join(' '))
  if (!anchored) return false
  if (comma === -1) return role.length >= 2
  const names = text.slice(0, comma).split(/\s+/)
  return names.length <= 8 && names.every((word) => NAME_WORD.test(word.replace(/,$/, '')))
}

/** "Headline words | Site Name", "Headline words - WSJ", "Headline words deepens CNN". */
function matchTitleSource(text: string, words: string[]): CreditMatch | undefined {
  if (words.length < 4 || words.length > 30 || TERMINAL.test(text)) return undefined
  const separator = TITLE_SEPARATOR.exec(text)
  if (separator) {
    const head = text.slice(0, separator.index).trimEnd()
    const site = text.slice(separator.index + separator[0].length).trim()
    const siteWords = site.split(/\s+/)
    const headWords = head.split(/\s+/)
    if (headWords.length < 3 || headWords.length > 24 || siteWords.length > 5 || site.length === 0) return undefined
    // "“…” — Neil Gaiman" is an attribution; "Buying — Not Renting — Games" a parenthesis.
    if (/["”’»]$/.test(head) || head.includes(separator[0])) return undefined
    const pipe = /\|/.test(separator[0])
    const titled = siteWords.every((word, index) => /^[\p{Lu}\d@]/u.test(word) || (index > 0 && SMALL_WORDS.has(word.toLowerCase())))
    const domain = /^[\w-]+(?:\.[\w-]+)+$/.test(site)
    if (domain || titled || (pipe && siteWords.length <= 3)) {
      if (AGENCY.test(site) && !pipe) return undefined
      return {kind: 'title-source', confidence: 0.75, keep: head, detail: separator[0].trim() + ' ' + site}
    }
    return undefined
  }
  const last = words[words.length - 1]
  const before = words[words.length - 2]
  if (words.length >= 6 && SHOUTED_OUTLETS.has(last) && /^\p{Ll}/u.test(before)) {
    return {kind: 'title-source', confidence: 0.75, keep: text.slice(0, text.length - last.length).trimEnd(), detail: last}
  }
  return undefined
}
