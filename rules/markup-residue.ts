/**
 * markup-residue: pieces of the page's source left in extracted text —
 * HTML tags (`<br>`, `</p>`, `<a href=…>`) and comments, Wikipedia markers
 * (`[edit]`, `[citation needed]`, `[1]`), WordPress shortcodes
 * (`[button link="…"]`), Markdown image and link syntax in
 * plain text, `javascript:void(0)`, and lines of script, style or JSON.
 * In Markdown and HTML files tags and Markdown syntax are the document's
 * own markup and are left alone; `<!-- scrapelint-… -->` comments are
 * directives, never residue.
 */
import {defineRule} from '../src/engine/rule.js'
import type {Doc, Line} from '../src/engine/doc.js'
import {leadMatches} from './lib/lead-matches.js'

const BLOCK_TAGS =
  'address article aside blockquote body br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html iframe img input li main nav noscript ol p pre section table tbody td tfoot th thead tr ul button select option label meta link source video audio picture svg embed object param'
const INLINE_TAGS = 'a abbr b bdi bdo big cite code del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'
const TAG_NAMES = new Set([...BLOCK_TAGS.split(' '), ...INLINE_TAGS.split(' ')])
const BLOCKS = new Set(BLOCK_TAGS.split(' '))

/*
 * The patterns are sticky: each is tried only where the character it starts
 * with stands (`leadMatches`), as most texts have no `<` and few `[`.
 */
/** A tag with a known HTML element name, or an HTML comment. */
const TAG = /<!--[\s\S]{0,2000}?-->|<\/?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s+[^<>]{0,500})?\s*\/?>/y
/** A script or style element, contents included. */
const SCRIPT = /<(script|style)\b[^>]{0,500}>[\s\S]{0,5000}?<\/\1\s*>/iy
/** Wikipedia's inline markers. */
const WIKI = /\[(edit|citation needed|clarification needed|verification needed|better source needed|dead link|failed verification|page needed|who\?|when\?|which\?|where\?|by whom\?|according to whom\?|dubious – discuss|dubious|disputed – discuss|original research\?|vague|needs update|update)\]/iy
/**
 * Numeric footnote markers glued to the word or punctuation before them
 * ("city.[12][13]"), not followed by what makes them code or a Markdown
 * link (`items[0].name`, `[1]: url`, `[1](url)`).
 */
const FOOTNOTE = /(?:\[(?:[1-9]\d{0,2}|note [1-9]\d{0,2})\])+(?![(:[]|\.\w|\s*=)/y
const FOOTNOTE_AFTER = /[\p{L}\p{N}.,;:!?)”"’']/u
/** WordPress-style shortcodes: `[button link="…" type="big"]`, `[/caption]`. */
const SHORTCODE = /\[\/?[a-z][a-z0-9_]*(?:\s+[a-z_-]+=["”'][^\]\n]{0,500})+\]|\[\/?(?:caption|button|embed|gallery|playlist|vc_[a-z_]+|et_pb_[a-z_]+)\]/iy
const MARKDOWN_IMAGE = /!\[[^\]\n]{0,300}\]\([^)\s]{1,2000}(?:\s+"[^"\n]*")?\)/y
const MARKDOWN_LINK = /\[([^\]\n]{1,300})\]\(((?:https?:\/\/|\/|www\.|mailto:)[^)\s]{0,2000})(?:\s+"[^"\n]*")?\)/y
const JS_VOID = /javascript:\s*void\s*\(\s*0?\s*\);?/gi

/** Signals that a line is code rather than prose; a line needs two of different kinds. */
const CODE_SIGNALS: Array<[string, RegExp]> = [
  ['function', /\bfunction\s*[\w$]*\s*\([^)]*\)\s*\{|\(\s*function\s*\(|=>\s*\{/],
  ['declaration', /\b(?:var|let|const)\s+[\w$]+\s*=/],
  ['object', /\b(?:window|document|googletag|dataLayer|console|jQuery)\.[\w$]+|\$\(/],
  ['operator', /\|\||&&|===|!==|\+\+|\+=/],
  ['statement', /[)\]}'"\d]\s*;\s*(?:$|\})|;\s*\}|^\s*\}/],
  ['json', /\{\s*"[\w@$-]+"\s*:\s*(?:"|\d|\[|\{|true|false|null)/],
  ['css', /(?:^|[\s}])[.#]?[\w-]+(?:[\s>+~.#:][\w-]+)*\s*\{\s*[\w-]+\s*:\s*[^;{}]+;/],
  ['call', /\b[\w$]+\.(?:push|addEventListener|getElementById|querySelector|setAttribute|appendChild|defineSlot|enableServices)\s*\(/]
]
/** A whole line of JSON: an object or array of `"key": value` pairs. */
const JSON_LINE = /^\s*\[?\{\s*"[^"\n]+"\s*:.*"[^"\n]+"\s*:.*\}\]?,?\s*$/

function isDirective(comment: string): boolean {
  return /^<!--\s*scrapelint\b/.test(comment)
}

export default defineRule({
  meta: {
    id: 'markup-residue',
    category: 'markup',
    description: 'Flag leftover HTML tags, wiki markers, Markdown syntax in plain text and script fragments',
    fix: 'safe',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report}) {
    const text = doc.text
    const plain = doc.format === 'text'
    const taken: Array<[number, number]> = []
    const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && end > a)
    const claim = (start: number, end: number) => taken.push([start, end])

    return {
      document() {
        if (plain && text.includes('<')) {
          for (const match of leadMatches(text, '<', SCRIPT)) {
            claim(match.index, match.index + match[0].length)
            report({
              start: match.index,
              end: match.index + match[0].length,
              message: `Leftover <${match[1].toLowerCase()}> element; remove it`,
              expected: [''],
              fix: 'suggestion'
            })
          }
          const tags = [...leadMatches(text, '<', TAG)].filter((match) => free(match.index, match.index + match[0].length))
          tags.forEach((match, position) => {
            const start = match.index
            const end = start + match[0].length
            if (match[1] === undefined) {
              if (!isDirective(match[0])) report({start, end, message: 'Leftover HTML comment; remove it', expected: ['']})
              return
            }
            const name = match[1].toLowerCase()
            if (!TAG_NAMES.has(name)) return
            // Tags side by side ("</p><p>") stand for one separator, given to the first.
            const previous = tags[position - 1]
            const adjacent = previous !== undefined && previous.index + previous[0].length === start
            let runEnd = end
            for (let next = position + 1; next < tags.length && tags[next].index === runEnd; next++) runEnd += tags[next][0].length
            const replacement = BLOCKS.has(name) && !adjacent ? separator(text, start, runEnd, name === 'br') : ''
            const what = replacement === '\n' ? 'replace it with a line break' : replacement === ' ' ? 'replace it with a space' : 'remove it'
            report({start, end, message: `Leftover HTML tag \`${shorten(match[0])}\`; ${what}`, expected: [replacement]})
          })
        }
        if (text.includes('[')) {
          for (const match of leadMatches(text, '[', WIKI)) {
            if (doc.isVerbatim(match.index)) continue
            const [start, end] = withSpaceBefore(text, match.index, match.index + match[0].length)
            report({start, end, message: `Wikipedia marker \`${match[0]}\`; remove it`, expected: ['']})
          }
          for (const match of leadMatches(text, '[', SHORTCODE)) {
            if (doc.isVerbatim(match.index)) continue
            report({start: match.index, end: match.index + match[0].length, message: `Leftover shortcode \`${shorten(match[0])}\`; remove it`, expected: ['']})
          }
          for (const match of leadMatches(text, '[', FOOTNOTE)) {
            if (!FOOTNOTE_AFTER.test(text[match.index - 1] ?? '') || doc.isVerbatim(match.index)) continue
            report({start: match.index, end: match.index + match[0].length, message: `Footnote marker \`${match[0]}\`; remove it`, expected: ['']})
          }
          if (plain) {
            for (const match of leadMatches(text, '![', MARKDOWN_IMAGE)) {
              claim(match.index, match.index + match[0].length)
              report({start: match.index, end: match.index + match[0].length, message: 'Markdown image in plain text; remove it', expected: [''], fix: 'suggestion'})
            }
            for (const match of leadMatches(text, '[', MARKDOWN_LINK)) {
              if (text[match.index - 1] === '!' || !free(match.index, match.index + match[0].length)) continue
              report({
                start: match.index,
                end: match.index + match[0].length,
                message: `Markdown link in plain text; keep the link text \`${match[1]}\``,
                expected: [match[1]]
              })
            }
          }
        }
        if (text.includes('javascript:')) {
          for (const match of text.matchAll(JS_VOID)) {
            report({start: match.index, end: match.index + match[0].length, message: `\`${match[0]}\` left from a link; remove it`, expected: ['']})
          }
        }
        reportCodeLines(doc, report, free)
      }
    }
  }
})

/**
 * What a block tag stood for between two pieces of text: a line break after
 * a `<br>` or a sentence end, otherwise a space; nothing next to white space.
 */
function separator(text: string, start: number, end: number, lineBreak: boolean): string {
  const before = text[start - 1]
  const after = text[end]
  if (before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after)) return ''
  return lineBreak || /[.!?:"”)]/.test(before) ? '\n' : ' '
}

function withSpaceBefore(text: string, start: number, end: number): [number, number] {
  return start > 0 && text[start - 1] === ' ' && /[\s.,;:!?]|$/.test(text[end] ?? '') ? [start - 1, end] : [start, end]
}

function shorten(tag: string): string {
  return tag.length > 40 ? tag.slice(0, 37) + '…' : tag
}

/** Whole lines of script, style or JSON: two different code signals and little prose. */
function reportCodeLines(doc: Doc, report: (report: {start: number; end: number; message: string; expected: string[]; fix: 'suggestion'}) => void, free: (start: number, end: number) => boolean): void {
  for (const line of linesWithCodeMarks(doc)) {
    const content = line.text
    if (content.includes('`') || doc.verbatimLines.has(line.index)) continue
    const kinds = CODE_SIGNALS.filter(([, pattern]) => pattern.test(content)).length + (JSON_LINE.test(content) ? 2 : 0)
    if (kinds < 2 || !symbolDense(content) || !free(line.start, line.end)) continue
    const [start, end] = lineRange(doc, line)
    report({start, end, message: 'Script, style or data code left in the text; remove the line', expected: [''], fix: 'suggestion'})
  }
}

/**
 * The lines holding a `{` or an `=`, in order: code has one of them, most
 * prose lines have neither, and searching the text for the two characters is
 * much cheaper than testing every line.
 */
function* linesWithCodeMarks(doc: Doc): Generator<Line> {
  const text = doc.text
  let brace = text.indexOf('{')
  let equals = text.indexOf('=')
  while (brace !== -1 || equals !== -1) {
    const line = doc.lineAt(brace === -1 ? equals : equals === -1 ? brace : Math.min(brace, equals))
    yield line
    // Further marks on the same line are skipped: the next search starts on the next line.
    if (brace !== -1 && brace < line.next) brace = text.indexOf('{', line.next)
    if (equals !== -1 && equals < line.next) equals = text.indexOf('=', line.next)
    if (line.next === line.end) break
  }
}

/** Code has brackets, semicolons and operators where prose has words. */
function symbolDense(content: string): boolean {
  const symbols = content.match(/[{}();=<>[\]"$]/g)?.length ?? 0
  const words = content.match(/\p{L}{2,}/gu)?.length ?? 0
  return symbols >= 4 && symbols * 3 >= words
}

/** The line with its line break (the one before it, on the last line). */
function lineRange(doc: Doc, line: Line): [number, number] {
  if (line.next > line.end) return [line.start, line.next]
  const previous = doc.lines[line.index - 1]
  return previous ? [previous.end, line.end] : [line.start, line.end]
}
