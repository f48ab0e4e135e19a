/**
 * foreign-fragment: a sentence in another language inside an English text —
 * an untranslated quote or paragraph left by a machine-translation pipeline
 * or a content copier. Detection is franc-min's trigram model, run only on
 * sentences long enough for it to be reliable and that look un-English
 * (few English function words, few English dictionary words, mostly
 * lower-case words so that lists of names are skipped). No fix.
 */
import {francAll} from 'franc-min'
import {sentencesOf, type Sentence} from '../src/engine/nlcst.js'
import {defineRule} from '../src/engine/rule.js'
import {isKnownWord} from './lib/dictionary.js'

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
const QUOTED = /“[^“”]*”|"[^"]*"|«[^«»]*»|„[^„“”]*[“”]/g
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length
const FUNCTION_WORDS = new Set(
  'the a an of to in and or but is are was were be been it its this that these those for on with as at by from not he she they we you i his her their our has have had will would can could should do does did which who what there'.split(' ')
)

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
  create({options, report}) {
    const judge = (sentence: Sentence, text: string): string | undefined => {
      if (text.length < options.minLength) return undefined
      const words = sentence.tokens.filter((token) => token.type === 'WordNode' && /\p{L}/u.test(token.value)).map((token) => token.value)
      if (words.length < options.minWords) return undefined
      const lower = words.filter((word) => /^\p{Ll}/u.test(word))
      // Names, titles and lists are capitalised; running text in any Latin-script language is mostly not.
      if (lower.length < words.length * 0.6) return undefined
      const functionWords = lower.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length
      if (functionWords >= lower.length * 0.2) return undefined
      // A sentence mostly in quotation marks is a deliberate quote, not a leftover.
      if (letters(text.replace(QUOTED, '')) < letters(text) * 0.5) return undefined
      const english = lower.filter((word) => isKnownWord(word)).length
      if (english >= lower.length * 0.75) return undefined
      const [[language], ...rest] = francAll(text, {minLength: options.minLength})
      if (language === 'und' || ENGLISH_LIKE.has(language)) return undefined
      const englishScore = rest.find(([code]) => code === 'eng')?.[1] ?? 0
      return englishScore > 0.75 ? undefined : language
    }

    return {
      tree(tree, block) {
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
        for (const sentence of sentencesOf(tree, block)) {
          const text = block.text.slice(sentence.start - block.start, sentence.end - block.start)
          const language = judge(sentence, text)
          if (language && run && run.language === language) run.end = sentence.end
          else {
            flush()
            if (language) run = {start: sentence.start, end: sentence.end, language}
          }
        }
        flush()
      }
    }
  }
})
