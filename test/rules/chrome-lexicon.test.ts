/**
 * The chrome lexicon's data (rules/data/chrome-lexicon.json) and its matcher.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {chromeLexicon, Lexicon, lexiconKey, lexiconKeyStart, type LexiconData} from '../../rules/lib/chrome/lexicon.js'

test('every phrase is listed once per match mode, with a valid confidence', () => {
  const seen = new Set<string>()
  for (const {phrase, group} of chromeLexicon().entries()) {
    const key = `${group.match} ${phrase}`
    assert.ok(!seen.has(key), `listed twice: ${key}`)
    seen.add(key)
    assert.ok(group.confidence > 0 && group.confidence <= 1, `${phrase}: confidence ${group.confidence}`)
  }
  assert.ok(seen.size > 1000)
})

test('normal form: case, numbers, symbols', () => {
  assert.equal(lexiconKey('1.2K Shares'), '# shares')
  assert.equal(lexiconKey('© 2019 Vox Media'), 'copyright # vox media')
  assert.equal(lexiconKey("Don't Miss"), 'don t miss')
  assert.equal(lexiconKey('00:21 – Source: CNN'), '# source cnn')
})

/** The normal form's definition, as regular expressions: `lexiconKey` is a one-pass rewrite of it. */
function referenceKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/©|\(c\)/g, ' copyright ')
    .replace(/\p{N}(?:\p{N}|[.,:](?=\p{N}))*(?:[km](?!\p{L}))?|#/gu, '#')
    .replace(/[^\p{L}\p{M}#]+/gu, ' ')
    .trim()
}

test('normal form: the one-pass key equals its regular-expression definition', () => {
  const cases = [
    '', '   ', '(C) 2020', 'a©b', 'a(c)b', '5k(c)', '5K Likes', '1.2M views', '1.2 m', '3,400,', '3,4k0', '12km away',
    '00:21:05 – Source', '#1 hit', '##', 'x#y', 'Ünïcödé Ĳ İstanbul', 'café\u0301 naïve', 'e\u0301', '5k\u0301',
    'Ⅻ chapters', '½ cup', '٣٤ Arabic digits', '𝐀𝐁𝐂 bold', '𝟏𝟐 math digits', 'lone \ud800 surrogate', 'end \udc00',
    '— “Quoted” ‘text’ …', 'tab\tand\u00a0nbsp', 'Ⓒ circled', 'ß Straße', 'ΣΑΣ Greek', '2020-01-02T10:00Z', 'k', '9m', '9ma'
  ]
  // And random strings over an alphabet of the characters that matter.
  const alphabet = ['a', 'K', 'm', 'k', '1', '9', '.', ',', ':', '#', '(', 'c', ')', '©', ' ', '-', 'é', '\u0301', '½', '𝟏', '𝐀', '\ud800', 'İ', '’']
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let count = 0; count < 3000; count++) {
    let text = ''
    for (let length = Math.floor(random() * 12); length > 0; length--) text += alphabet[Math.floor(random() * alphabet.length)]
    cases.push(text)
  }
  for (const text of cases) {
    const key = referenceKey(text)
    assert.equal(lexiconKey(text), key, JSON.stringify(text))
    // Cut after its first words, it is the start of the whole key.
    for (const words of [1, 2, 3]) assert.equal(lexiconKeyStart(text, words), key.split(' ').slice(0, words).join(' '), `${words} words of ${JSON.stringify(text)}`)
  }
})

test('whole lines, labels with a headline, and nothing inside a sentence', () => {
  const lexicon = chromeLexicon()
  assert.equal(lexicon.match('Share this article')?.kind, 'share')
  assert.equal(lexicon.match('Read more: Storm season starts early')?.kind, 'recirculation')
  assert.equal(lexicon.match('RELATED: City to expand bus lanes')?.kind, 'recirculation')
  assert.equal(lexicon.match('Related to the plan, the city said more.'), undefined)
  assert.equal(lexicon.match('More than 300 people attended the meeting on Monday'), undefined)
  assert.equal(lexicon.match('Facebook Twitter Email')?.kind, 'share')
  assert.equal(lexicon.match('Share Tweet Submit')?.kind, 'share')
  assert.equal(lexicon.match('X Share via')?.kind, 'share')
  assert.equal(lexicon.match('12 Comments')?.marker, 'end')
  assert.equal(lexicon.match('He said he would subscribe to the view that it works.'), undefined)
})

test('a very long line costs a handful of look-ups, not one per phrase', () => {
  const long = 'word '.repeat(200_000)
  assert.equal(chromeLexicon().match(long), undefined)
})

test('patterns name what no phrase list can: site teasers, tagged headlines, author boxes', () => {
  const lexicon = chromeLexicon()
  assert.equal(lexicon.match('On HarbourGazette.com: Ferry fares rise again')?.kind, 'recirculation')
  assert.equal(lexicon.match('On HarbourGazette.com: Ferry fares rise again')?.marker, 'list')
  assert.equal(lexicon.match('Harbour master quits after ferry row [VIDEO]')?.kind, 'recirculation')
  assert.equal(lexicon.match('About Jane Doe')?.marker, 'end')
  assert.equal(lexicon.match('On Tuesday the site example.com: went down for an hour'), undefined)
  assert.equal(lexicon.match('The ferry left at dawn [see map].'), undefined)
  assert.equal(lexicon.match('About three hundred people'), undefined)
  assert.equal(lexicon.match('Media playback is unsupported on your device')?.kind, 'cms')
  assert.equal(lexicon.match('Breaking News Emails')?.kind, 'newsletter')
  assert.equal(lexicon.match('More Harbour News')?.marker, 'list')
  assert.equal(lexicon.match('Harbour Gazette Logo')?.kind, 'cms')
  assert.equal(lexicon.match('More harbour news is expected on Monday'), undefined)
  assert.equal(lexicon.match('The new logo'), undefined)
})

test('a pattern with `needs` is tried only on lines that contain that text', () => {
  const data = {groups: [], widgetWords: [], widgetAnchors: []}
  const pattern = {kind: 'share' as const, confidence: 0.9, pattern: String.raw`^.+\s+Click [Tt]o [Tt]weet$`}
  const line = 'Good stories travel far Click to Tweet'
  assert.equal(new Lexicon({...data, patterns: [pattern]}).match(line)?.kind, 'share')
  assert.equal(new Lexicon({...data, patterns: [{...pattern, needs: 'weet'}]}).match(line)?.kind, 'share')
  assert.equal(new Lexicon({...data, patterns: [{...pattern, needs: 'Tweet!'}]}).match(line), undefined)
})

/** rules/data/chrome-lexicon.json as shipped. */
function shippedData(): LexiconData {
  return JSON.parse(readFileSync(new URL('../../../rules/data/chrome-lexicon.json', import.meta.url), 'utf8')) as LexiconData
}

test("every shipped pattern's `needs` text is spelled out in the pattern, in the same case", () => {
  const data = shippedData()
  let gated = 0
  for (const entry of data.patterns ?? []) {
    if (entry.needs === undefined) continue
    gated++
    const literal = entry.pattern.replace(/\\(.)/g, '$1')
    assert.ok(literal.includes(entry.needs), `${entry.pattern}: needs ${JSON.stringify(entry.needs)}`)
    assert.ok(!(entry.flags ?? '').includes('i'), `${entry.pattern}: needs is case-sensitive, the pattern is not`)
  }
  assert.ok(gated >= 6)
})

test("every shipped pattern's `starts` text opens the pattern, in the same case", () => {
  const data = shippedData()
  let gated = 0
  for (const entry of data.patterns ?? []) {
    if (entry.starts === undefined) continue
    gated++
    // The literal right after `^`, not made optional or repeated by what follows it, and no alternative beside it.
    assert.ok(entry.pattern.startsWith('^' + entry.starts), `${entry.pattern}: starts ${JSON.stringify(entry.starts)}`)
    assert.ok(!/^[?*+{|]/.test(entry.pattern.slice(entry.starts.length + 1)), `${entry.pattern}: starts ${JSON.stringify(entry.starts)}`)
    assert.ok(!/[.*+?^$()[\]{}|\\]/.test(entry.starts), `${entry.pattern}: starts is literal text`)
    assert.ok(!(entry.flags ?? '').includes('i') && !(entry.flags ?? '').includes('m'), `${entry.pattern}: starts is case-sensitive and for the whole line`)
  }
  assert.ok(gated >= 3)
})

test("every shipped pattern's `ends` text closes the pattern, in the same case", () => {
  const data = shippedData()
  let gated = 0
  for (const entry of data.patterns ?? []) {
    if (entry.ends === undefined) continue
    gated++
    // The literal right before `$`, not made optional or repeated, and no alternative beside it.
    assert.ok(entry.pattern.endsWith(entry.ends + '$'), `${entry.pattern}: ends ${JSON.stringify(entry.ends)}`)
    assert.ok(!/[.*+?^$()[\]{}|\\]/.test(entry.ends), `${entry.pattern}: ends is literal text`)
    assert.ok(!entry.pattern.slice(0, -entry.ends.length - 1).includes('|'), `${entry.pattern}: no alternative beside ends`)
    assert.ok(!(entry.flags ?? '').includes('i') && !(entry.flags ?? '').includes('m'), `${entry.pattern}: ends is case-sensitive and for the whole line`)
  }
  assert.ok(gated >= 1)
})

test('patterns that need the same text all find it', () => {
  const data = {groups: [], widgetWords: [], widgetAnchors: []}
  const first = {kind: 'share' as const, confidence: 0.9, pattern: String.raw`^Click to share$`, needs: 'Click'}
  const second = {kind: 'newsletter' as const, confidence: 0.8, pattern: String.raw`^Click here to subscribe$`, needs: 'Click'}
  const lexicon = new Lexicon({...data, patterns: [first, second]})
  assert.equal(lexicon.match('Click to share')?.kind, 'share')
  assert.equal(lexicon.match('Click here to subscribe')?.kind, 'newsletter')
  assert.equal(lexicon.match('Tap here to subscribe'), undefined)
})

test('a pattern with `maxLower` is tried only on lines with that few lower-case letters', () => {
  const data = {groups: [], widgetWords: [], widgetAnchors: []}
  const pattern = {kind: 'recirculation' as const, confidence: 0.8, pattern: String.raw`^(?=[^\p{Ll}]*(?:\p{Ll}[^\p{Ll}]*){0,2}$)\S+(?:\s+\S+){3,}$`, flags: 'u'}
  for (const [line, found] of [['FERRY PLAN FACES VOTE', true], ['FERRY PLAN FACES VOTEs', true], ['Ferry plan FACES VOTE', false]] as const) {
    assert.equal(new Lexicon({...data, patterns: [pattern]}).match(line)?.kind, found ? 'recirculation' : undefined, line)
    assert.equal(new Lexicon({...data, patterns: [{...pattern, maxLower: 2}]}).match(line)?.kind, found ? 'recirculation' : undefined, line)
  }
  assert.equal(new Lexicon({...data, patterns: [{...pattern, maxLower: 0}]}).match('FERRY PLAN FACES VOTEs'), undefined)
})
