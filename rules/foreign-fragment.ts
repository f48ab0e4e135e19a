/**
 * foreign-fragment: a sentence in another language inside an English text —
 * an untranslated quote or paragraph left by a machine-translation pipeline
 * or a content copier. Detection is franc-min's trigram model, run only on
 * the rare sentence that is long enough for it to be reliable and looks
 * un-English on cheap counts made in one pass over the shared word tokens
 * (few English function words, mostly lower-case words so that lists of
 * names are skipped), then few English dictionary stems. No fix.
 */
import {francAll} from 'franc-min'
import {defineRule} from '../src/engine/rule.js'
import {isEnglishStem} from './lib/english-stems.js'
import {hashWord, LOWER, PairFilter, UPPER_INITIAL, wordAt, wordTokens, type WordTokens} from './lib/word-tokens.js'

/** Languages franc-min confuses with English text; treated as English. */
const ENGLISH_LIKE = new Set(['eng', 'sco', 'pcm'])
const LANGUAGE_NAMES: Record<string, string> = {
  spa: 'Spanish', fra: 'French', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', rus: 'Russian',
  ukr: 'Ukrainian', pol: 'Polish', tur: 'Turkish', swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', fin: 'Finnish',
  ces: 'Czech', slk: 'Slovak', ron: 'Romanian', hun: 'Hungarian', ind: 'Indonesian', zlm: 'Malay', vie: 'Vietnamese',
  tgl: 'Tagalog', cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean', arb: 'Arabic', pes: 'Persian', hin: 'Hindi',
  ben: 'Bengali', urd: 'Urdu', ell: 'Greek', heb: 'Hebrew', srp: 'Serbian', hrv: 'Croatian', bos: 'Bosnian',
  bul: 'Bulgarian', cat: 'Catalan', tha: 'Thai', swh: 'Swahili', afr: 'Afrikaans'
}
const QUOTE_MARK = /["“«„]/
const QUOTED = /“[^“”]*”|"[^"]*"|«[^«»]*»|„[^„“”]*[“”]/g
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length
const FUNCTION_WORDS = (
  'the a an of to in and or but is are was were be been being it its this that these those for on with as at by from not ' +
  'he she they we you i his her their our your my him them us has have had will would can could should may might must ' +
  'do does did which who whom whose what where when why how there if than then because while after before about into ' +
  'through under up out all some any each every more most only just very too well such own other'
).split(' ')
/**
 * The function words as a bit table of their hashes (paired with 0): one
 * probe per word, no string. A stray bit makes a word count as a function
 * word, which only makes a sentence look more English.
 */
const functionWords = new PairFilter(FUNCTION_WORDS.length)
for (const word of FUNCTION_WORDS) functionWords.add(hashWord(word), 0)
/** By a word's initial (`OTHER`, `LOWER`, `UPPER_INITIAL`): 1 if it counts as a word (a letter with case), 1 if lower-case. */
const IS_WORD = Uint8Array.of(0, 0, 0)
const IS_LOWER = Uint8Array.of(0, 0, 0)
IS_WORD[LOWER] = IS_WORD[UPPER_INITIAL] = IS_LOWER[LOWER] = 1
/** Opening quotes and brackets before a sentence's first word. */
const OPENING = '“"«„‘\'(['

/** A stretch of words between sentence ends, with the counts of the cheap pre-checks. */
interface Segment {
  first: number
  last: number
  end: number
  words: number
  lower: number
  functionWords: number
}

export default defineRule({
  meta: {
    id: 'foreign-fragment',
    category: 'mt',
    description: 'Flag sentences in another language inside an English text',
    fix: 'none',
    severity: 'warn'
  },
  defaults: {
    /** Sentences shorter than this many characters are not judged: trigram statistics need text. */
    minLength: 40,
    /** At least this many words. */
    minWords: 6
  },
  create({doc, options, report}) {
    const text = doc.text

    /** The language of a segment that passed the counts, or undefined for English or unsure. */
    const identify = (tokens: WordTokens, segment: Segment): string | undefined => {
      let start = tokens.starts[segment.first]
      while (start > 0 && OPENING.includes(text[start - 1])) start--
      const sentence = text.slice(start, segment.end)
      if (doc.isVerbatim(start)) return undefined
      // Mostly English dictionary words: English (checked word by word until that is clear).
      const needed = segment.lower * 0.75
      let english = 0
      for (let i = segment.first; i <= segment.last && english < needed; i++) {
        if (tokens.initials[i] === LOWER && isEnglishStem(wordAt(text, tokens, i))) english++
      }
      if (english >= needed) return undefined
      // A sentence mostly in quotation marks is a deliberate quote, not a leftover.
      if (QUOTE_MARK.test(sentence) && letters(sentence.replace(QUOTED, '')) < letters(sentence) * 0.5) return undefined
      const [[language], ...rest] = francAll(sentence, {minLength: options.minLength})
      if (language === 'und' || ENGLISH_LIKE.has(language)) return undefined
      const englishScore = rest.find(([code]) => code === 'eng')?.[1] ?? 0
      return englishScore > 0.75 ? undefined : language
    }

    return {
      document() {
        const tokens = wordTokens(doc)
        const {count, starts, ends, hashes, initials} = tokens
        let run: {start: number; end: number; language: string} | undefined
        const flush = () => {
          if (!run) return
          const name = LANGUAGE_NAMES[run.language] ?? run.language
          report({
            start: run.start,
            end: run.end,
            message: `Text in ${name}, not English; translate or remove it`,
            data: {language: run.language}
          })
          run = undefined
        }
        const {minWords, minLength} = options
        /** Judge a segment that passed the counts; an English one ends the run. */
        const judge = (segment: Segment) => {
          const language = identify(tokens, segment)
          if (language && run?.language === language) run.end = segment.end
          else {
            flush()
            if (language) run = {start: starts[segment.first], end: segment.end, language}
          }
        }

        // The current segment's counts, kept in locals: this loop runs once per word of the document.
        let first = 0
        let words = 0
        let lower = 0
        let functions = 0
        for (let i = 0; i < count; i++) {
          // Counted without branches: a word's case and whether it is a function word are as good as random.
          const initial = initials[i]
          const word = IS_WORD[initial]
          words += word
          lower += IS_LOWER[initial]
          functions += functionWords.bit(hashes[i], 0) & word
          // The gap to the next word: almost always a space, a comma or a hyphen, which end nothing.
          const end = ends[i]
          const next = i + 1 < count ? starts[i + 1] : text.length
          const last = next === text.length
          if (!last && next - end === 1 && text.charCodeAt(end) === 32) continue
          const final = finalLength(text, end, next)
          const breaks = countBreaks(text, end, next)
          if (!last && final === 0 && breaks === 0) continue
          // A sentence ends at its final punctuation before white space (`?” the hostess asked` runs on: a sentence
          // starts with a capital), at a paragraph break, or at the end of the text; at a single line break only when
          // it is long enough to judge (hard-wrapped lines run on).
          const sentenceEnd = final > 0 && end + final < next && isWhiteSpace(text.charCodeAt(end + final)) && initials[i + 1] !== LOWER
          const judgeable = words >= minWords && end + final - starts[first] >= minLength
          if (last || breaks > 1 || sentenceEnd || (breaks === 1 && judgeable)) {
            // A judgeable segment is English on its counts (no segment object made) unless mostly lower case — names,
            // titles and lists are capitalised; running text in any Latin-script language is mostly not — and under 20 %
            // function words (English running text has about 40 %; `The` counts too). English ends the run.
            if (judgeable) {
              if (lower >= words * 0.6 && functions < words * 0.2) judge({first, last: i, end: end + final, words, lower, functionWords: functions})
              else flush()
            }
            first = i + 1
            words = lower = functions = 0
            if (breaks > 1) flush()
          }
        }
        flush()
      }
    }
  }
})

/** Length of the sentence-final punctuation (`.!?…`, then closing quotes or brackets) at `from`, or 0. */
function finalLength(text: string, from: number, to: number): number {
  let index = from
  while (index < to && isFinal(text.charCodeAt(index))) index++
  if (index === from) return 0
  while (index < to && CLOSING.includes(text[index])) index++
  return index - from
}

const isFinal = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026
const CLOSING = '"\'”’)]'
const isWhiteSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) breaks++
  return breaks
}
