import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion, lintWith} from '../helpers.js'

const RULE = 'mojibake'

test('UTF-8 read as Windows-1252: letters and punctuation', () => {
  const [first, second] = assertSpans(RULE, 'The cafÃ© doesnâ€™t open.', ['1:8-1:10', '1:16-1:19'])
  assert.equal(first.reason, 'Mojibake `Ã©` (UTF-8 read as Windows-1252); use `é`')
  assert.deepEqual(second.expected, ['’'])
  assert.equal(second.fixKind, 'safe')
  assertFixed(RULE, 'The cafÃ© doesnâ€™t open.', 'The café doesn’t open.')
  assertFixed(RULE, 'Ä°stanbul is a gÃ¼zel city', 'İstanbul is a güzel city')
  assertFixed(RULE, 'HÃ”TEL DE VILLE', 'HÔTEL DE VILLE')
})

test('several layers of mis-decoding are undone at once', () => {
  const [message] = assertSpans(RULE, 'It doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t matter.', ['1:9-1:27'])
  assert.equal(message.reason, 'Mojibake `ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢` (UTF-8 read as Windows-1252, 3 times); use `’`')
  assertFixed(RULE, 'It doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t matter.', 'It doesn’t matter.')
  assertFixed(RULE, 'naÃƒÂ¯ve', 'naïve')
})

test('other code pages: Cyrillic, Greek, Central European, MacRoman, cp437', () => {
  assertFixed(RULE, 'РџСЂРёРІРµС‚ РјРёСЂ', 'Привет мир')
  assertFixed(RULE, 'ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€', 'Привет мир')
  assertFixed(RULE, 'Ξ•Ξ»Ξ»Ξ¬Ξ΄Ξ±', 'Ελλάδα')
  assertFixed(RULE, 'ZaĹĽĂłĹ‚Ä‡ gÄ™Ĺ›lÄ… jaĹşĹ„', 'Zażółć gęślą jaźń')
  assertFixed(RULE, 'Gr√∂√üe', 'Größe')
  assertFixed(RULE, 'Z├╝rich und K├╢ln', 'Zürich und Köln')
  const [message] = lintWith(RULE, 'Gr√∂√üe')
  assert.equal(message.reason, 'Mojibake `√∂√ü` (UTF-8 read as MacRoman); use `öß`')
})

test('a no-break space byte, kept or turned into a space', () => {
  const [message] = assertSpans(RULE, 'voilÃ\u00a0 le travail', ['1:5-1:7'])
  assert.equal(message.reason, 'Mojibake `Ã[U+00A0]` (UTF-8 read as Windows-1252); use `à`')
  assertFixed(RULE, 'voilÃ\u00a0 le travail', 'voilà le travail')
  assertFixed(RULE, 'voilÃ le travail', 'voilà le travail')
  assertFixed(RULE, 'Price:Â\u00a010Â£', 'Price:\u00a010£')
  const [glued] = assertSpans(RULE, 'He saidÂ hello.', ['1:8-1:9'])
  assert.equal(glued.reason, 'Mojibake `Â` (UTF-8 read as Windows-1252); use the character U+00A0')
  assertFixed(RULE, 'He saidÂ hello.', 'He said\u00a0 hello.')
  assertClean(RULE, 'CHÂ TEAU, Â la carte, Âge')
})

test('C1 controls standing for Windows-1252 punctuation', () => {
  const [dash] = assertSpans(RULE, 'Prices rose\u0096sharply\u0085', ['1:12-1:13', '1:20-1:21'])
  assert.equal(dash.reason, 'C1 control U+0096 is Windows-1252 `–` read as Latin-1; use `–`')
  assertFixed(RULE, '\u0093Quoted\u0094 and don\u0092t', '“Quoted” and don’t')
  // U+0081 has no Windows-1252 character: invisible-characters reports it.
  assertClean(RULE, 'odd\u0081byte')
})

test('a lost byte: a suggestion when the character is clear, no fix otherwise', () => {
  const [open, close] = assertSpans(RULE, 'He said â€œnoâ€ and left.', ['1:9-1:12', '1:14-1:16'])
  assert.equal(open.fixKind, 'safe')
  assert.equal(close.fixKind, 'suggestion')
  assert.equal(close.reason, 'Mojibake `â€` lost a byte; probably `”`')
  assertFixed(RULE, 'He said â€œnoâ€ and left.', 'He said “noâ€ and left.')
  assertSuggestion(RULE, 'Then â€ again', 'Then ” again')
  assertSuggestion(RULE, 'The end.â€\ufffd', 'The end.”')
  const [lost] = assertSpans(RULE, 'naÃ\ufffdve', ['1:3-1:5'])
  assert.equal(lost.fixKind, 'none')
  assert.equal(lost.reason, 'Mojibake `Ã�` lost a byte and cannot be repaired; restore the character from the source')
})

test('astral characters: decoded, and counted as two UTF-16 units before a finding', () => {
  assertFixed(RULE, 'Smile ðŸ˜€ please', 'Smile 😀 please')
  const [message] = assertSpans(RULE, '😀 naÃ¯ve', ['1:6-1:8'])
  assert.deepEqual(message.range, [5, 7])
  // CESU-8: an emoji written as two surrogate halves.
  assertFixed(RULE, 'Hi í\u00a0½í¸\u008d', 'Hi 😍')
})

test('CRLF files: positions on later lines, line endings kept', () => {
  const text = '😀 naÃ¯ve cafÃ©\r\nsecond â€œlineâ€\u009d\r\n'
  assertSpans(RULE, text, ['1:6-1:8', '1:14-1:16', '2:8-2:11', '2:15-2:18'])
  assertFixed(RULE, text, '😀 naïve café\r\nsecond “line”\r\n')
})

test('real text that looks like mojibake is left alone', () => {
  assertClean(RULE, 'Bought 3×£20 tickets. It was MARQUÉ… on the CAFÉ’s menu.')
  assertClean(RULE, 'C O N C L U S Ã O and SELKÄ\u00a0ON, NESTLÉ® bars, a 10 Å— radius')
  assertClean(RULE, 'ΑΘΉΝΑ, Пётр и ёж в Україні, Ελλάδα, Zażółć gęślą jaźń')
  assertClean(RULE, '├──┤ ┼┐a┼┐a, ( o¬ô ), x ≤ √π, 2000—∞, ∆° and `¬´')
  assertClean(RULE, 'I am a fan of Brontë…” she said. “×” and “+” curves, 4×…')
  // A lone sequence in a line whose other non-ASCII text decoded correctly.
  assertClean(RULE, 'Smith – DrÃ¥ber')
  assertClean(RULE, 'There are many Ã’s in that text')
  assert.equal(lintWith(RULE, '').length, 0)
})

test('Markdown code is not touched', () => {
  assertClean(RULE, 'Example:\n\n```\nprint("cafÃ©")\n```\n', {format: 'markdown'})
  assertSpans(RULE, 'Text cafÃ©\n\n```\nprint("cafÃ©")\n```\n', ['1:9-1:11'], {format: 'markdown'})
})

test('with every rule on, the repaired no-break space is then normalised and nothing else interferes', async () => {
  const {fix, lint} = await import('../../src/index.js')
  const text = 'Price:Â\u00a010Â£, cafÃ©\u00a0 and â€œnoâ€\u009d &amp; more'
  assert.deepEqual(
    lint(text).map((message) => message.ruleId),
    ['mojibake', 'mojibake', 'mojibake', 'invisible-characters', 'mojibake', 'mojibake', 'html-entities']
  )
  assert.equal(fix(text).output, 'Price: 10£, café and “no” & more')
})
