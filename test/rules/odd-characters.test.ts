import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, lintWith} from '../helpers.js'

const RULE = 'odd-characters'

test('replacement characters are flagged without a fix, one message per run', () => {
  const [message] = assertSpans(RULE, 'It cost 5 \ufffd\ufffd today', ['1:11-1:13'])
  assert.equal(message.reason, '2 replacement characters (U+FFFD): text was lost in decoding; restore it from the source')
  assert.equal(message.fixKind, 'none')
})

test('a replacement character inside mojibake is left to the mojibake rule', () => {
  assertClean(RULE, 'The end.â€\ufffd')
})

test('decomposed letters and NFC singletons are composed', () => {
  const [message] = assertSpans(RULE, 'The cafe\u0301 is open.', ['1:8-1:10'])
  assert.equal(message.reason, '`e\u0301` (U+0065 U+0301) is not in Unicode normal form; use U+00E9')
  assertFixed(RULE, 'The cafe\u0301 is open.', 'The caf\u00e9 is open.')
  assertFixed(RULE, 'A 5 \u212b radius and 3 \u2126', 'A 5 \u00c5 radius and 3 \u03a9')
  // Astral base before the finding; CRLF line endings kept.
  assertSpans(RULE, '😀\r\nnai\u0308ve', ['2:3-2:5'])
  assertFixed(RULE, '😀\r\nnai\u0308ve\r\n', '😀\r\nna\u00efve\r\n')
})

test('composed text and marks NFC keeps are clean', () => {
  assertClean(RULE, 'Café, naïve, Ångström, Zürich, ŝ, ḍ, नमस्ते, Tiếng Việt')
  assertClean(RULE, 'q\u0307 has no composed form')
})

test('fullwidth Latin outside CJK text becomes ASCII', () => {
  const [message] = assertSpans(RULE, 'Call ＡＢＣ now', ['1:6-1:9'])
  assert.equal(message.reason, 'Fullwidth `ＡＢＣ`; use `ABC`')
  assertFixed(RULE, 'Ｈｅｌｌｏ ｗｏｒｌｄ！ Ningbo，China', 'Hello world! Ningbo,China')
})

test('fullwidth forms inside CJK text are kept', () => {
  assertClean(RULE, '東京のＡＢＣ会社、価格は１００円（税込）。')
})

test('ligatures and digraph characters are split into letters', () => {
  assertSpans(RULE, 'The ﬁrst ﬂoor', ['1:5-1:6', '1:10-1:11'])
  assertFixed(RULE, 'The ﬁrst ﬂoor oﬃce, koriǌe', 'The first floor office, korinje')
  assertClean(RULE, 'Æsir and œuvre and ĳs are letters of their languages')
})

test('options turn each check off', () => {
  assert.equal(lintWith(RULE, 'ﬁ \ufffd ＡＢ e\u0301', {options: {replacement: false, normalization: false, fullwidth: false, ligatures: false}}).length, 0)
})

test('Markdown code is not touched', () => {
  assertClean(RULE, '```\nﬁ \ufffd\n```\n', {format: 'markdown'})
})
