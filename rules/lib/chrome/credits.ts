/**
 * Credits, captions, bylines, datelines and timestamps: lines that name who
 * made or supplied the article and its pictures, or when — furniture around
 * the text rather than the text. Each check looks at one line (at most
 * `MAX_CREDIT_LENGTH` characters) with patterns compiled once.
 */
import {isEnglishStem} from '../english-stems.js'
import {capitalShare, truecaseEntry} from '../truecase.js'

export type CreditKind =
  | 'photo-credit'
  | 'caption-credit'
  | 'timestamp'
  | 'date'
  | 'byline'
  | 'role'
  | 'source-name'
  | 'title-source'
  | 'dateline'
  | 'caption'
  | 'gallery'
  | 'contact'
  | 'wire-slug'
  | 'comment-header'
  | 'bio'
  | 'contributor'

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
  /^(?:\d{1,4}(?:st|nd|rd|th)?|am|pm|a\.m\.|p\.m\.|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|hst|gmt|utc|bst|cet|cest|eet|ist|jst|kst|hkt|sgt|aest|aedt|awst|nzst|nzdt|et|pt|ct|mt|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|just|now|updated?|published|posted|last|modified|created|date|time|on|at|originally|first|edited|and|of|the|a|an|uk|le|el|\d{4}s?)$/i

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

/**
 * "Gavril Grigorov/Sputnik/Reuters": capitalised names of up to 5 and 6 words
 * between slashes. Words are separated by white space, so a run of capitals
 * is one word and cannot be split every possible way on a failed match.
 */
const SLASH_CREDIT = /^\(?[\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,4}\s*(?:\/\s*[\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,5}\s*){1,3}\)?$/u
/**
 * Whether a slash-separated line names a person or an agency, as a credit does ("Gavril Grigorov/Sputnik/Reuters",
 * "Pool/AFP"), rather than being a heading of common words ("Date/Time Type", "Extending/Embedding Changes",
 * "BACK TO BASICS TCP/UDP"). A word is common when the truecasing table writes it mostly in lower case (or its
 * singular), or it is a dictionary word in -ing; acronyms other than agencies' name nobody.
 */
function namesSomeone(text: string): boolean {
  for (const token of text.split(/[\s/()]+/)) {
    const word = token.replace(/[.,'’&-]+$/, '')
    if (word === '') continue
    if (AGENCY.test(word)) return true
    if (/^\p{Lu}{2,5}$/u.test(word)) continue
    if (!isCommonWord(word.toLowerCase())) return true
  }
  return false
}

const COMMON_SHARE = 0.5

function isCommonWord(lower: string): boolean {
  const entry = truecaseEntry(lower) ?? (lower.endsWith('s') ? truecaseEntry(lower.slice(0, -1)) : undefined)
  if (entry) return capitalShare(entry) < COMMON_SHARE
  return lower.endsWith('ing') && isEnglishStem(lower)
}

const PAREN_CREDIT = /^[([]\s*(?:(?:ap|afp|reuters|getty|photo|photos|image|images|picture|credit|source|courtesy|file|illustration)\b[^()[\]]{0,120})[)\]]$/i
/** A credit ending a caption: "(AP Photo/Evan Vucci)", "Credit... Doug Mills/The New York Times", "Photo: Reuters". Case matters: no `i` flag. */
const TRAILING_CREDIT = new RegExp(
  [
    String.raw`[([]\s*(?:AP Photo|AFP Photo|Reuters Photo|AP|AFP|Reuters|Getty Images|[Pp]hotos?|[Ii]mages?|[Pp]icture|[Cc]redit|[Ss]ource|[Cc]ourtesy|[Ff]ile [Pp]hoto|[Ii]llustration|[Gg]raphic)\b[^()[\]]{0,100}[)\]]$`,
    String.raw`(?<=[.!?…”"]\s*)(?:Credit|Photo|Image|Picture|Source)s?\s*(?::|\.{2,3}|…)\s*\p{Lu}[^.!?]{0,100}$`,
    String.raw`(?<=[.!?…”"]\s*)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s?\/\s?(?:\p{Lu}[\p{L}'’.&-]*\s?){1,5}(?:file)?$`,
    // "(NASA/JPL-Caltech/ASU)" after the caption's last sentence.
    String.raw`(?<=[.!?…”"]\s*)[([]\s*\p{Lu}[^()[\]/]{0,60}\/[^()[\]]{1,60}[)\]]$`
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
  if (text.length > MAX_CREDIT_LENGTH) return matchDatelinePrefix(text)
  if (prose) return matchCaptionCredit(text) ?? matchCaption(text) ?? matchByline(text) ?? matchContributor(text) ?? matchDatelinePrefix(text)
  const words = text.split(/\s+/)

  if (TIMESTAMP_SOURCE.test(text)) return {kind: 'timestamp', confidence: 0.95}
  if (BARE_DURATION.test(text)) return {kind: 'timestamp', confidence: 0.9}
  if (GALLERY_COUNTER.test(text)) return {kind: 'gallery', confidence: 0.9}
  if (WIRE_SLUG.test(text)) return {kind: 'wire-slug', confidence: 0.95}
  if (words.length <= 16 && (isDateLine(text) || isSourcedDateLine(text))) return isPeriod(text) ? undefined : {kind: 'date', confidence: 0.9}
  if (words.length <= 3) {
    const contact = matchContact(text)
    if (contact) return contact
  }
  if (words.length <= 7 && isCommentHeader(text)) return {kind: 'comment-header', confidence: 0.8}

  if (words.length <= 14 && !/:\/\/|www\.|\.com\b/i.test(text)) {
    if (PAREN_CREDIT.test(text)) return {kind: 'photo-credit', confidence: 0.93}
    if (text.includes('/') && SLASH_CREDIT.test(text) && namesSomeone(text)) return {kind: 'photo-credit', confidence: 0.93}
    if (isAgencyCredit(text)) return {kind: 'photo-credit', confidence: 0.9}
  }

  const byline = matchByline(text, words) ?? matchSignature(text, words) ?? matchContributor(text)
  if (byline) return byline

  if (words.length <= 8 && !TERMINAL.test(text)) {
    if (isRoleLine(words)) return {kind: 'role', confidence: 0.85}
    if (SOURCE_NAME_END.test(text)) return {kind: 'source-name', confidence: 0.6}
  }

  if (text.includes('©') && COPYRIGHT_CAPTION.test(text)) return {kind: 'caption', confidence: 0.85}
  return matchTitleSource(text, words) ?? matchCaptionCredit(text) ?? matchCaption(text) ?? matchDatelinePrefix(text)
}

/**
 * A picture's caption that ends in its copyright, not a sentence: "Installation views, photos © Studio Name, 2018".
 * The copyright alone ("© Reuters") is an attribution note; a sentence before it is running text.
 */
const COPYRIGHT_CAPTION = /^\p{L}[^©.!?]{6,}?\s*[,;|–—-]\s*(?:(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Pp]hotographs?|[Pp]hotography|[Cc]redits?)\s*:?\s*)?©\s*\p{Lu}[^©.!?]{0,60}$/u

/** The roles of an author's note in the third person, and (a subset) in the first. */
const BIO_ROLES = ['writer', 'reporter', 'editor', 'journalist', 'correspondent', 'columnist', 'contributor', 'curator', 'producer', 'author', 'freelancer', 'blogger']
const I_AM_ROLES = ['writer', 'reporter', 'editor', 'journalist', 'correspondent', 'columnist', 'blogger', 'author']
/**
 * An author's note: "Jane Doe is a freelance writer based in Leeds.", "Omar Haddad (omar@example.com) is the
 * editor of …", "Jane is a staff reporter for …". The name opens the line and the role follows within a few words.
 */
const BIO = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’-]+(?:\s\([^()]{1,60}\))?\s(?:is|was)\s(?:a|an|the|(?:\p{Lu}[\p{L}.&]*\s){0,2}\p{Lu}[\p{L}.&]*['’]s)\s(?:[\p{L}-]+,?\s){0,4}?` +
    `(?:${BIO_ROLES.map((role) => `[${role[0].toUpperCase()}${role[0]}]${role.slice(1)}`).join('|')})s?\\b`,
  'u'
)
const BIO_HINT = /\s(?:is|was|am)\s/
const I_AM_BIO = new RegExp(String.raw`^I am an? (?:[\p{L}-]+,?\s){0,3}?(?:${I_AM_ROLES.join('|')})\b`, 'u')
/**
 * A role word, which both patterns need (made from both lists, so it stays a necessary condition). Most lines
 * have none, and then the patterns are never run: their letter classes cost a short-lived process (the commit
 * hook, one file) ~15 ms to compile.
 */
const BIO_ROLE = new RegExp([...new Set([...BIO_ROLES, ...I_AM_ROLES])].join('|'), 'i')

/** An author's note (asked only of the text's last lines: the same sentence inside an article is about someone). */
export function matchBio(text: string): CreditMatch | undefined {
  if (text.length > MAX_CREDIT_LENGTH || !/^[A-Z]/.test(text) || !BIO_HINT.test(text) || !BIO_ROLE.test(text)) return undefined
  if (BIO.test(text) || I_AM_BIO.test(text)) return {kind: 'bio', confidence: 0.8}
  return undefined
}

const MAX_NAME_TOKEN = 14

/** A name alone on a line: "Jane Doe", "JANE DOE", "Jane M. Doe" (a byline only where a byline stands). */
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.|\p{Lu}{2,}|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)$/u

export function isNameLine(text: string): boolean {
  const tokens = text.split(/\s+/)
  if (tokens.length < 2 || tokens.length > 4) return false
  // A glued word ("Janedoeblog") is no name; "Staff Reports" is a role; "Defensive Line", "Pear Jam" are headings.
  if (!tokens.every((token) => NAME_TOKEN.test(token) && token.length <= MAX_NAME_TOKEN && !ROLE_WORDS.has(token.toLowerCase()))) return false
  if (isEnglishStem(tokens[tokens.length - 1].toLowerCase())) return false
  // Shouted names are all capitals; a mix of shouted and capitalised words is a heading ("NASA Worldview").
  const shouted = tokens.filter((token) => /^\p{Lu}{2,}$/u.test(token)).length
  return shouted === 0 || shouted === tokens.length
}

/** A slide counter of a picture gallery: "1 / 23", "4 of 12". */
const GALLERY_COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i
/** A news agency's story slug: "AP-US--Budget-Vote, 3rd Ld-Writethru", "BC-EU--Summit". */
const WIRE_SLUG = /^(?:AP|BC)-[A-Z]{2,}-{1,2}[\w-]+(?:,\s*\d+(?:st|nd|rd|th)\s+Ld-Writethru)?$|\b\d+(?:st|nd|rd|th)\s+Ld-Writethru$/
/** The head of a comment: "jsmith42 says:", "Ann B. says:". */
const COMMENT_HEADER = /^(\S.{0,48})\ssays:$/
const NOT_A_COMMENTER = new Set('the a an he she it they we i you who this that his her their its our one report statement letter sign notice law rule text order union court police'.split(' '))

/** A commenter's name, not a sentence's subject: "harbourwatcher says:", "Ann B. says:" (not "The union says:", "Smith says:"). */
function isCommentHeader(text: string): boolean {
  const match = COMMENT_HEADER.exec(text)
  if (!match) return false
  const name = match[1].split(/\s+/)
  if (name.some((word) => NOT_A_COMMENTER.has(word.toLowerCase()))) return false
  return name.length > 1 || !/^\p{Lu}\p{Ll}+$/u.test(name[0])
}
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/
const HANDLE = /^@\w{2,}$/
const PROFILE_URL = /^(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok)\.com\/[\w./-]+$/i
const BARE_URL = /^(?:https?:\/\/\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|info|io|news)(?:\/\S*)?)$/i

/** An e-mail address, a handle or a profile link alone on a line: a contact line; a bare address is only a hint. */
function matchContact(text: string): CreditMatch | undefined {
  const bare = text.replace(/^[([]|[)\].,]$/g, '')
  if (EMAIL.test(bare) || HANDLE.test(bare) || PROFILE_URL.test(bare)) return {kind: 'contact', confidence: 0.9}
  if (BARE_URL.test(bare)) return {kind: 'contact', confidence: 0.6}
  return undefined
}

/** Agencies and picture libraries that end a credit ("Jane Doe | Getty Images", "Omar Haddad, AP"). */
const CREDIT_AGENCY = /^(?:AP|AFP|Reuters|Getty Images|Getty|Bloomberg|EPA|EPA-EFE|Shutterstock|iStock|Alamy|Xinhua|Pool|AP Images|AP Photo)(?:\s+file)?$/
const CREDIT_NAME = /^(?:[\p{Lu}][\p{L}'’.-]*\s?){1,4}$/u

/** "Jane Doe | Bloomberg | Getty Images", "Omar Haddad, AP": names, then a picture agency. */
function isAgencyCredit(text: string): boolean {
  const parts = text.split(/\s*[|,]\s*/)
  if (parts.length < 2 || parts.length > 4 || !CREDIT_AGENCY.test(parts[parts.length - 1])) return false
  return parts.slice(0, -1).every((part) => CREDIT_NAME.test(part) && !TERMINAL.test(part))
}

/** A caption by its opening: "In this March 3, 2019, file photo, …", "This undated image provided by … shows …". */
const CAPTION_LEAD =
  /^(?:In this|This)\b[^.!?]{0,60}?\b(?:photo|image|picture|photograph|frame grab|handout photo)\b(?:,|\s+(?:shows|provided|released|made|taken|from|distributed|obtained))/i
/** A gallery's caption with its counter glued on: "2of9The mayor speaks …", "1of/23 Caption Close Image 1 of 23 …". */
const GALLERY_CAPTION = /^\d{1,3}\s*of\s*\/?\s*\d{1,3}(?:\s*Caption\b|\p{Lu})/u
/** Caption labels glued to the caption: "Media captionThe minister …", "Image: The minister …". */
const CAPTION_LABEL = /^(?:Media caption|Image caption|Photo caption|Caption)(?=\p{Lu})|^(?:Image|Photo|Picture|Pictured|Above|Top|Main picture|Main image):\s+\p{Lu}/u

function matchCaption(text: string): CreditMatch | undefined {
  if (text.length > MAX_CREDIT_LENGTH) return undefined
  const start = CAPTION_START.exec(text)
  if (!start) return undefined
  if (start[1] !== undefined) return GALLERY_CAPTION.test(text) ? {kind: 'caption', confidence: 0.9} : undefined
  if (start[2] !== undefined ? CAPTION_LEAD.test(text) : CAPTION_LABEL.test(text)) return {kind: 'caption', confidence: 0.8}
  return undefined
}

/** Cheap gate: how a caption can start (a counter, "In this"/"This", a label). */
const CAPTION_START = /^(?:(\d)|(In this|This)\b|Media|Image|Photo|Picture|Caption|Above|Top|Main)/i

/** "Associated Press November 19, 2019, 9:02 AM", "Jane Doe - Nov 19, 2019, 10:31 pm CST": a source, then a date line. */
function isSourcedDateLine(text: string): boolean {
  const split = /\s+[-–—|]\s+|\s*\|\s*/.exec(text)
  if (split) {
    const head = text.slice(0, split.index)
    const tail = text.slice(split.index + split[0].length)
    if (isSourceName(head) && isDateLine(tail, 2)) return true
    if (isSourceName(tail) && isDateLine(head, 2)) return true
  }
  const tokens = text.split(/\s+/)
  for (let index = 1; index <= Math.min(5, tokens.length - 2); index++) {
    if (!NAME_WORD.test(tokens[index - 1].replace(/,$/, ''))) return false
    if (STRONG_DATE_TOKEN.test(tokens[index].replace(/[,.]$/, '')) && isDateLine(tokens.slice(index).join(' '), 2)) return true
  }
  return false
}

/** A name or a place and an outlet, a few capitalised words: "New Delhi, News Desk". */
function isSourceName(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean)
  return words.length > 0 && words.length <= 6 && words.every((word) => NAME_WORD.test(word) || /^[\p{Lu}\d]/u.test(word))
}

/** Cheap gate for a glued date line: a time at the start, or a publishing word near it. */
const DATELINE_HINT = /^\d{1,2}:\d\d|Published|Updated|Posted/

/**
 * A date line glued in front of a paragraph: "Published 7:07 PM EST Nov 19, 2019 WASHINGTON – The …",
 * "Associated Press Published 11:34 PM EST Nov 19, 2019 …". Keeps the paragraph.
 */
function matchDatelinePrefix(text: string): CreditMatch | undefined {
  if (!DATELINE_HINT.test(text.slice(0, 80))) return undefined
  const lead = /^(?:(?:[\p{Lu}][\p{L}'’.&-]*\s+){0,6}(?:Published|Updated|Posted)\s+|(?=\d{1,2}:\d{2}\s*(?:am|pm|AM|PM)\b))/u.exec(text.slice(0, 80))
  if (!lead) return undefined
  const tokens = text.slice(lead[0].length, lead[0].length + 120).split(/\s+/)
  let strong = 0
  let used = 0
  let length = lead[0].length
  for (const token of tokens) {
    const bare = token.replace(/^[(\[]+|[)\].,;:]+$/g, '')
    if (STRONG_DATE_TOKEN.test(bare)) strong++
    else if (!WEAK_DATE_TOKEN.test(bare) || /^(?:the|and|of|a|an|on|at|just|now|last|first)$/i.test(bare)) break
    used++
    length += token.length + 1
  }
  if (strong < 2 || used < 3) return undefined
  const keep = text.slice(length).trimStart()
  if (!/^[\p{Lu}“"]/u.test(keep) || keep.split(/\s+/).length < 8) return undefined
  return {kind: 'dateline', confidence: 0.8, keep, detail: text.slice(0, text.length - keep.length).trim()}
}

/** "Jane Doe @janedoe", "Jane Doe and Omar Haddad USA TODAY", "Jane Doe Associated Press": a byline without "By". */
function matchSignature(text: string, words: string[]): CreditMatch | undefined {
  if (words.length < 3 || words.length > 12 || TERMINAL.test(text)) return undefined
  const last = words[words.length - 1]
  if (HANDLE.test(last) && words.length <= 5 && words.slice(0, -1).every((word) => NAME_WORD.test(word))) return {kind: 'byline', confidence: 0.85}
  const outlet = SIGNATURE_OUTLET.map((pattern) => pattern.exec(text)).find((found) => found !== null && found.index > 0)
  if (!outlet) return undefined
  const names = text.slice(0, outlet.index).trim().replace(/,$/, '').split(/\s+/)
  if (names.length < 2 || names.length > 8 || !names.every((word) => NAME_WORD.test(word))) return undefined
  return {kind: 'byline', confidence: 0.85}
}

const SIGNATURE_OUTLET = [
  /(?:,\s*)?\b(?:The Associated Press|Associated Press|USA TODAY|Reuters|AFP|Bloomberg News|wire services)$/u,
  /(?:,\s*)?\b(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:Argus Leader|Tribune|Herald|Gazette|Times|Post|Journal|Chronicle|Star|Press|Courier|Register|Examiner|Inquirer|Dispatch)$/u
]

/** A caption ending in its credit. Cheap checks first: the pattern runs only where a credit could end the line. */
function matchCaptionCredit(text: string): CreditMatch | undefined {
  if (text.length < 30 || !CREDIT_HINT.test(text)) return undefined
  const credit = TRAILING_CREDIT.exec(text)
  if (!credit || credit.index <= 20) return undefined
  return {kind: 'caption-credit', confidence: 0.8, keep: text.slice(0, credit.index).trimEnd(), detail: credit[0].trim()}
}

/** Two dates with a year each and no publishing word: an exhibition's or an event's run ("29 May 2018 | 20 January 2019"), the article's. */
function isPeriod(text: string): boolean {
  return TWO_YEARS.test(text) && !PUBLISHING_WORD.test(text)
}

const TWO_YEARS = /\b(?:1[89]|20)\d\d\b.*\b(?:1[89]|20)\d\d\b/
const PUBLISHING_WORD = /published|updated|posted|modified|created|edited/i

const CREDIT_HINT = /[)\]]$|\/|Credit|Photo|Image|Picture|Source/

function isDateLine(text: string, minStrong = 1): boolean {
  const tokens = text
    .replace(/^[-–—•·|(\[]+|[)\]]+$/g, '')
    .split(/[\s,|•·–—/-]+/)
    .map((token) => token.replace(/^[(\[@]+|[)\].:;]+$/g, ''))
    .filter(Boolean)
  if (tokens.length === 0) return false
  let strong = 0
  for (const token of tokens) {
    if (STRONG_DATE_TOKEN.test(token)) strong++
    else if (!WEAK_DATE_TOKEN.test(token)) return false
  }
  // A month name alone ("May") is too often something else.
  return strong >= Math.max(2, minStrong) || (strong === minStrong && minStrong === 1 && tokens.length >= 2)
}

/** `words`: the line split at white space, when the caller has it. */
function matchByline(text: string, words?: string[]): CreditMatch | undefined {
  const lead = /^(?:by|written by|posted by|words by|story by|text by|reported by)\s+/i.exec(text)
  if (!lead || (words ?? text.split(/\s+/)).length > 18) return undefined
  const rest = text.slice(lead[0].length).split(/[\s,|•·]+/).filter(Boolean)
  if (rest.length === 0 || !/^[\p{Lu}@]/u.test(rest[0])) return undefined
  let names = 0
  for (const token of rest) {
    const bare = token.replace(/[.,;:]+$/, '')
    if (NAME_WORD.test(bare) || ROLE_WORDS.has(bare.toLowerCase()) || isDateToken(bare) || isDateToken(token.replace(/[,;:]+$/, '')) || /^[-–—/,]$/.test(bare)) {
      if (/^\p{Lu}/u.test(bare)) names++
      continue
    }
    return undefined
  }
  return names > 0 ? {kind: 'byline', confidence: 0.85} : undefined
}

/**
 * A newsroom's contributor line: "Jane Doe contributed reporting from Lagos.", "Associated Press writers Ann Lee
 * and Bo Kim contributed to this report." Only names and role words may stand before the verb: "Dozens of
 * scientists contributed to this report." is a sentence of the article.
 */
const CONTRIBUTED = /^\(?(.{2,300}?)\s+(?:also\s+)?contributed\s+(?:(?:additional\s+)?reporting(?:\s+from\s+[^.;()]{1,60})?|to\s+this\s+(?:report|story|article))\.?\)?$/u

export function matchContributor(text: string): CreditMatch | undefined {
  // Most lines lack the verb: the substring test spares them the pattern's scan.
  const names = text.includes('contributed') ? CONTRIBUTED.exec(text)?.[1] : undefined
  if (names === undefined || !/^\p{Lu}/u.test(names)) return undefined
  for (const token of names.split(/\s+/)) {
    const bare = token.replace(/[,;]+$/, '').replace(/['’]s?$/, '')
    if (bare !== '' && !NAME_WORD.test(bare) && !ROLE_WORDS.has(bare.toLowerCase())) return undefined
  }
  return {kind: 'contributor', confidence: 0.85}
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
