/**
 * glued-words: two words run together where a link's markup was stripped —
 * "Top NewsRussia's", "Last SeptemberThe", a name doubled by a hover card
 * ("Ilhan OmarIlhan Omar"), a dateline glued to the first word
 * ("(CNN Business)A"), or no space after a sentence end ("New York.Reuters").
 *
 * A raw-text scan: one regular expression finds a lower-case letter directly
 * before a capital, and `.`/`!`/`?`/`)` directly before one; only those few
 * places are looked at further. A split is reported only when the dictionary
 * backs it — the case change alone is what real camel-case names have
 * (`iPhone`, `WordPress`, `LinkedIn`, `McDonald's`) — and only when the glued
 * token stands alone between spaces and ordinary punctuation, which keeps
 * URLs, e-mail addresses, file names, code, hashtags and initials out.
 */
import {defineRule} from '../src/engine/rule.js'
import {isAbbreviation} from './lib/abbreviations.js'
import {isKnownWord, isWord} from './lib/dictionary.js'

/**
 * The places to look at: a lower-case letter before a capital, or a sentence
 * end or closing parenthesis, optionally followed by closing quotes, before
 * one — the matches of
 * `/[a-zß-öø-ÿ]([A-ZÀ-ÖØ-Þ])|([.!?)])([)\]"'”’]*)([A-ZÀ-ÖØ-Þ])/g`, found by
 * `forEachCandidate`. Latin-1 letters only, with no Unicode property
 * classes: this runs over every character of the text, and the dictionary
 * behind the checks is English anyway.
 *
 * Every such match ends with a capital after a character of this pattern's
 * first class; the pattern only finds those two characters (a simpler
 * pattern runs twice as fast over plain prose), and the rest of the match is
 * read back from the capital.
 */
const BEFORE_CAPITAL = /[a-zß-öø-ÿ.!?)\]"'”’][A-ZÀ-ÖØ-Þ]/g

/** `[a-zß-öø-ÿ]` */
function isLatinLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7)
}

/** `[)\]"'”’]`: closing marks. */
function isClosingMark(code: number): boolean {
  return code === 41 || code === 93 || code === 34 || code === 39 || code === 0x201d || code === 0x2019
}

/**
 * Calls `visit` for each candidate in text order, as the global pattern above
 * would find them: `start` is where the match starts (the lower-case letter,
 * or the sentence end or parenthesis), `capital` where its capital is, and
 * `closers` whether closing marks stand between the two.
 *
 * The pattern takes the leftmost start after the previous match. Before a
 * capital, a lower-case letter starts the first alternative; otherwise the
 * second starts at the `.`, `!` or `?` before the run of closing marks
 * (none of the two sets holds the other's characters but `)`), or at the
 * first `)` of that run — no earlier than the end of the previous match.
 */
function forEachCandidate(text: string, visit: (start: number, capital: number, closers: boolean) => void): void {
  let from = 0
  BEFORE_CAPITAL.lastIndex = 0
  while (BEFORE_CAPITAL.test(text)) {
    const capital = BEFORE_CAPITAL.lastIndex - 1
    let start = -1
    if (capital - 1 >= from && isLatinLower(text.charCodeAt(capital - 1))) start = capital - 1
    else {
      let run = capital
      while (run > from && isClosingMark(text.charCodeAt(run - 1))) run--
      const before = text.charCodeAt(run - 1)
      if (run - 1 >= from && (before === 46 || before === 33 || before === 63)) start = run - 1
      else for (let index = run; index < capital && start < 0; index++) if (text.charCodeAt(index) === 41) start = index
    }
    if (start < 0) continue
    from = capital + 1
    visit(start, capital, start < capital - 1)
  }
}

/** The word after the boundary: a capital, lower-case letters, an optional `'s`. */
const RIGHT = /\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?/uy
/** The word before the boundary, read from its end: lower-case letters after an optional capital. */
const LEFT = /(?:\p{Lu})?\p{Ll}+$/u
const OPENERS = /[(["'“‘—–]/
const CLOSERS = /[)\]"'”’,;:.!?…—–]/
const SPACE = /\s/
/** How far the word before a boundary is looked for. */
const REACH = 40

/**
 * Capitalised words that start a sentence or clause and end no name: glued
 * to any known word before them, they show a lost sentence boundary
 * ("SeptemberThe", "GuidesIf").
 */
const STARTERS = new Set(
  'The There These Those They Their He She His Her Our We When While Where Why Which Whose If Although Though Because But However Meanwhile According After Before During Despite Since Until An'.split(' ')
)
/**
 * Starters that also end names after a verb or noun (`AddThis`, `DoctorWho`,
 * `KnowHow`): glued only to a word in lower case or to a proper name.
 */
const CLAUSE = new Set('This That What Who How'.split(' '))
/**
 * Starters that end many names (`LinkedIn`, `CheckIn`, `PlanA`, `MakeIt`):
 * glued only to a proper name ("BeijingIn which").
 */
const AFTER_NAMES = new Set('In On At By To Of For From With Into Over Under As It Its A I'.split(' '))
/** Words after which no sentence ends: glued to a starter, they are a name ("ForHer") or lack only a space ("ofThe"). */
const LINKING = new Set('the a an of to in on at by for from with into over under and or but as'.split(' '))
/** Articles glued to a name ("TheHollywood Reporter"). */
const ARTICLES = new Set(['The', 'A', 'An'])
/** Function words: a capitalised one before a word says nothing about titles. */
const FUNCTION_WORDS = new Set([...STARTERS, ...CLAUSE, ...AFTER_NAMES, 'And', 'Or', 'Not', 'No'])
/** Prepositions that, before "which", start a relative clause rather than a sentence. */
const PREPOSITIONS = new Set('In On At By To Of For From With Into Over Under During After Before'.split(' '))
/** Parts of surnames written with an inner capital: McDonald, MacBook, DeKalb, LaGuardia, DiMaggio. */
const NAME_PREFIXES = new Set('Mc Mac De Di Da Du Del Della Le La Van Von Fitz Al El Ben Bin Abu'.split(' '))
/**
 * Capitalised short forms of places and law reports (`Ill.App.`, `Md.`,
 * `Orange Ave.`), abbreviations only with their capital.
 */
const PLACE_ABBREVIATIONS = new Set(
  'Ala Ariz Ark Cal Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Mass Md Me Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo Ave Blvd Rd Hwy Pl Ct Sq Ln Pkwy App Supp Rptr Dist Cir Univ Assn Intl Natl'.split(' ')
)
/** Receivers of a method call in code written in prose (`obj.Method`). */
const CODE_NAMES = new Set('obj cls ctx req res err args props opts'.split(' '))
/** Domain and file-name endings: `Amazon.Com`, `Report.Docx`. */
const ENDINGS = new Set('Com Net Org Gov Edu Info Biz Io Co Uk Us Tv Me Html Htm Php Asp Aspx Js Json Txt Pdf Doc Docx Xls Xlsx Ppt Pptx Jpg Jpeg Png Gif Csv Xml Zip Exe Md Py Ts'.split(' '))

/** The word without a final `'s`. */
function base(word: string): string {
  return word.replace(/['’]s$/, '')
}

/** Known only with a capital: a name (`Russia`, `Beijing`, `September`). */
function isName(word: string): boolean {
  return isWord(word) && !isWord(word.toLowerCase())
}

/** A capitalised word the dictionary does not know but that is shaped like a name (`Zelensky`). */
function looksLikeName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word) && /[aeiouy]/.test(word) && !isKnownWord(word)
}

/** A single-letter word ("A", "I") counts only before another word in lower case. */
function startsClause(text: string, end: number): boolean {
  return text[end] === ' ' && /\p{Ll}/u.test(text[end + 1] ?? '')
}

export default defineRule({
  meta: {
    id: 'glued-words',
    category: 'link-artifact',
    description: 'Words run together at a stripped link or sentence boundary ("Last SeptemberThe", "New York.Reuters")',
    fix: 'suggestion',
    severity: 'warn'
  },
  defaults: {},
  create({doc, report: send}) {
    const text = doc.text
    /** End of the last finding: a boundary inside it is not looked at again. */
    let reportedEnd = 0
    const report: typeof send = (finding) => {
      reportedEnd = finding.end
      send(finding)
    }

    /** Whether the token ends at `end` (closing punctuation, then white space or the end of the text). */
    function endsToken(end: number): boolean {
      let index = end
      while (index < text.length && CLOSERS.test(text[index])) index++
      return index === text.length || SPACE.test(text[index])
    }

    /** Whether a token starts at `start` (after white space and opening punctuation). */
    function startsToken(start: number): boolean {
      let index = start
      while (index > 0 && OPENERS.test(text[index - 1])) index--
      return index === 0 || SPACE.test(text[index - 1])
    }

    /** The word (lower-case letters after an optional capital) ending at `end`, as a standalone token start. */
    function leftWord(end: number): {start: number; word: string} | undefined {
      const match = LEFT.exec(text.slice(Math.max(0, end - REACH), end))
      if (!match) return undefined
      const start = end - match[0].length
      return startsToken(start) ? {start, word: match[0]} : undefined
    }

    /** A number of two to four digits (a year, a count) ending at `end`, as a standalone token start. */
    function leftNumber(end: number): {start: number; word: string} | undefined {
      const match = /\d{2,4}$/.exec(text.slice(Math.max(0, end - 5), end))
      if (!match) return undefined
      const start = end - match[0].length
      return startsToken(start) ? {start, word: match[0]} : undefined
    }

    function rightWord(start: number): string | undefined {
      RIGHT.lastIndex = start
      return RIGHT.exec(text)?.[0]
    }

    /**
     * A name repeated without a space: the `n` words ending at `boundary`
     * (single spaces between) equal the `n` words starting there. Returns
     * the end of the repeat, or -1.
     */
    function doubledEnd(leftStart: number, boundary: number): number {
      const before: string[] = [text.slice(leftStart, boundary)]
      let cursor = leftStart
      while (before.length < 4 && text[cursor - 1] === ' ') {
        const match = /\p{Lu}\p{Ll}+$/u.exec(text.slice(Math.max(0, cursor - 1 - REACH), cursor - 1))
        if (!match) break
        cursor -= 1 + match[0].length
        before.unshift(match[0])
      }
      for (let n = before.length; n >= 1; n--) {
        const wanted = before.slice(before.length - n).join(' ')
        const end = boundary + wanted.length
        if (text.startsWith(wanted, boundary) && (end === text.length || !/[\p{L}\p{N}]/u.test(text[end]))) return end
      }
      return -1
    }

    /** Whether the word before `start` (one space away) is capitalised and no function word: part of a title. */
    function afterTitleWord(start: number): boolean {
      if (text[start - 1] !== ' ') return false
      const match = /\p{Lu}[\p{L}'’]*$/u.exec(text.slice(Math.max(0, start - 1 - REACH), start - 1))
      return match !== null && startsToken(start - 1 - match[0].length) && !FUNCTION_WORDS.has(match[0])
    }

    /** A lower-case letter directly before a capital inside one token. */
    function inWord(boundary: number): void {
      const left = leftWord(boundary)
      const right = rightWord(boundary)
      if (!left || !right || left.word.length < 2) return
      const {start, word} = left
      const end = boundary + right.length
      if (NAME_PREFIXES.has(word)) return
      const repeatEnd = doubledEnd(start, boundary)
      if (repeatEnd > 0 && endsToken(repeatEnd + (/^['’]s/.test(text.slice(repeatEnd, repeatEnd + 2)) ? 2 : 0))) {
        const name = text.slice(boundary, repeatEnd)
        // One word twice is also a name of its own (`TomTom`, `KenKen`): only a longer proper name counts.
        if (name.includes(' ') || (name.length >= 5 && isName(name))) {
          report({
            start: boundary,
            end: repeatEnd,
            message: `“${name}” is written twice with no space between (a hover card's copy); delete the repeat`,
            expected: [''],
            data: {kind: 'doubled'}
          })
        }
        return
      }
      if (!endsToken(end)) return
      const head = base(right)
      const glued = word + right
      /** The fix for two words run together: a space between them. */
      const reportSpace = () =>
        report({
          start,
          end,
          message: `“${glued}” runs two words together; write “${word} ${right}”`,
          expected: [`${word} ${right}`],
          data: {kind: 'words'}
        })
      // `SomeThing`, `AnyWhere`: one dictionary word written with an inner capital.
      if (isWord(glued.toLowerCase()) || isWord((word + head).toLowerCase())) return
      const lowerLeft = /^\p{Ll}/u.test(word)
      if (lowerLeft && !LINKING.has(word) && (word.length < 3 || !isWord(word))) return
      const name = !lowerLeft && (isName(word) || looksLikeName(word))
      if (STARTERS.has(head) || CLAUSE.has(head) || AFTER_NAMES.has(head)) {
        if (head.length === 1 && !startsClause(text, end)) return
        if (LINKING.has(word.toLowerCase())) {
          // "ofThe": no sentence ends after "of"; "ForHer", "WithThe" are names.
          if (!lowerLeft || AFTER_NAMES.has(head)) return
          return reportSpace()
        }
        const known = STARTERS.has(head) ? isKnownWord(word) || looksLikeName(word) : CLAUSE.has(head) ? lowerLeft || name : name
        if (!known) return
        const relative = PREPOSITIONS.has(head) && /^ (?:which|whom|whose)\b/.test(text.slice(end, end + 7))
        const sentence = `${word}. ${right}`
        report({
          start,
          end,
          message: relative
            ? `“${glued}” runs two words together; write “${word}, ${right.toLowerCase()}”`
            : `“${glued}” runs a sentence end and the next sentence together; write “${sentence}”`,
          expected: relative ? [`${word}, ${right.toLowerCase()}`, sentence, `${word} ${right}`] : [sentence, `${word} ${right}`],
          data: {kind: relative ? 'clause' : 'sentence'}
        })
        return
      }
      // A name after a common word: "thatThursday", or the last word of a
      // title run into a name ("Top NewsRussia's"). A capitalised word glued
      // to a name with no title before it is usually a brand (`PortMiami`,
      // `ChevronTexaco`), and so is a token the document repeats.
      if (head.length < 3 || !isName(head)) return
      const title = ARTICLES.has(word) || (isWord(word.toLowerCase()) && afterTitleWord(start))
      if (!(lowerLeft ? isWord(word) : title)) return
      if (text.indexOf(glued, end) >= 0 || text.lastIndexOf(glued, start - 1) >= 0) return
      reportSpace()
    }

    /** A closing parenthesis directly before a capital: a dateline glued to the first word. */
    function afterParenthesis(close: number, boundary: number): void {
      // Looked for within reach only: a text of many `)X` and no `(` must stay linear.
      const from = Math.max(0, close - REACH)
      const found = text.slice(from, close).lastIndexOf('(')
      const open = from + found
      if (found < 0 || !startsToken(open)) return
      const inside = text.slice(open + 1, close)
      if (!/^\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,4}$/u.test(inside)) return
      const right = rightWord(boundary)
      if (!right) return
      const end = boundary + right.length
      if (!endsToken(end) || !isKnownWord(base(right))) return
      if (right.length === 1 ? !startsClause(text, end) : !/\p{Ll}/u.test(right)) return
      // A dateline opens a line or follows a place in capitals ("WASHINGTON (AP)"); elsewhere a sentence must follow.
      const lineStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, open - REACH), open))
      const afterPlace = /(?:^|\s)\p{Lu}{2,}[ \t]$/u.test(text.slice(Math.max(0, open - REACH), open))
      if (!lineStart && !afterPlace && !startsClause(text, end)) return
      const dateline = text.slice(open, boundary)
      report({
        start: open,
        end,
        message: `The dateline “${dateline}” is glued to “${right}”; write “${dateline} ${right}”`,
        expected: [`${dateline} ${right}`],
        data: {kind: 'dateline'}
      })
    }

    /** A sentence end (and closing quotes) directly before a capital: the space after it was lost. */
    function afterSentenceEnd(mark: number, boundary: number): void {
      const left = leftWord(mark) ?? leftNumber(mark)
      const right = rightWord(boundary)
      if (!left || !right || left.word.length < 2) return
      const end = boundary + right.length
      if (!endsToken(end)) return
      if (text[mark] === '.' && (isAbbreviation(left.word) || PLACE_ABBREVIATIONS.has(left.word) || CODE_NAMES.has(left.word))) return
      const head = base(right)
      if (ENDINGS.has(head)) return
      if (right.length === 1 ? !startsClause(text, end) : !/\p{Ll}/u.test(right)) return
      // After a number ("since 2019.The"), only a word that starts sentences shows a sentence end.
      const number = /^\d/.test(left.word)
      if (number ? !(STARTERS.has(head) || CLAUSE.has(head) || AFTER_NAMES.has(head)) : !isKnownWord(left.word) || !isKnownWord(head)) return
      const before = text.slice(left.start, boundary)
      report({
        start: left.start,
        end,
        message: `No space after the sentence end in “${before}${right}”; write “${before} ${right}”`,
        expected: [`${before} ${right}`],
        data: {kind: 'sentence-end'}
      })
    }

    return {
      document() {
        forEachCandidate(text, (start, boundary, closers) => {
          if (boundary < reportedEnd || doc.isVerbatim(boundary)) return
          const mark = text.charCodeAt(start)
          if (isLatinLower(mark)) inWord(boundary)
          else if (mark === 41 && !closers) afterParenthesis(start, boundary)
          else if (mark !== 41) afterSentenceEnd(start, boundary)
        })
      }
    }
  }
})
