import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, lintWith} from '../helpers.js'

const RULE = 'invisible-characters'

test('no-break space next to a space is removed', () => {
  const [message] = assertSpans(RULE, 'See also\u00a0 the report.', ['1:9-1:10'])
  assert.equal(message.reason, 'No-break space (U+00A0); remove it')
  assert.deepEqual(message.expected, [''])
  assert.equal(message.fixKind, 'safe')
  assertFixed(RULE, 'See also\u00a0 the report.', 'See also the report.')
})

test('no-break space between words becomes a space', () => {
  const [message] = assertSpans(RULE, 'ten\u00a0kilometres', ['1:4-1:5'])
  assert.equal(message.reason, 'No-break space (U+00A0); use a normal space')
  assertFixed(RULE, 'ten\u00a0kilometres and\u202fmore', 'ten kilometres and more')
})

test('a run of invisible characters is one message', () => {
  const [message] = assertSpans(RULE, 'a\u200b\u200b\u00adb', ['1:2-1:5'])
  assert.equal(message.reason, 'Zero-width space (U+200B) ×2, soft hyphen (U+00AD); remove it')
  assertFixed(RULE, 'a\u200b\u200b\u00adb', 'ab')
})

test('soft hyphen, word joiner, BOM inside text and control characters', () => {
  assertSpans(RULE, 'infor\u00admation', ['1:6-1:7'])
  assertFixed(RULE, 'infor\u00admation\u2060 and\ufeff more\u0007 text\u0081', 'information and more text')
  assertFixed(RULE, 'line one\u2028line two', 'line one\nline two')
  assertFixed(RULE, 'line one\u000b\nline two', 'line one\nline two')
})

test('positions on a later line of a CRLF file', () => {
  assertSpans(RULE, 'first line\r\nsecond\u00a0line', ['2:7-2:8'])
  assertFixed(RULE, 'first line\r\nsecond\u00a0line\r\n', 'first line\r\nsecond line\r\n')
})

test('astral characters before the finding count as two UTF-16 units', () => {
  const [message] = assertSpans(RULE, '😀\u00a0x', ['1:3-1:4'])
  assert.deepEqual(message.range, [2, 3])
})

test('joiners inside emoji and shaping scripts are kept', () => {
  assertClean(RULE, 'Pride 🏳️\u200d🌈 flag and family 👨\u200d👩\u200d👧.')
  assertClean(RULE, 'می\u200cخواهم')
  assertClean(RULE, 'क्\u200dष')
})

test('bidi marks are kept in lines with right-to-left text, flagged elsewhere', () => {
  assertClean(RULE, 'The word \u200fשלום\u200f means peace.')
  assertSpans(RULE, 'Plain\u200e English.', ['1:6-1:7'])
})

test('ordinary text, tabs and line breaks are clean', () => {
  assertClean(RULE, 'A plain sentence.\n\tIndented with a tab.\r\nWindows line.')
  assert.equal(lintWith(RULE, '').length, 0)
})

test('characters inside mojibake are left to the mojibake rule', () => {
  // "Ã" + U+00A0 is a mis-decoded "à"; removing the no-break space would lose the letter.
  assertClean(RULE, 'voil\u00c3\u00a0 le travail')
  // "â€" + U+009D is a mis-decoded "”".
  assertClean(RULE, '\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d')
  // A C1 control that stands for a Windows-1252 character ("…") is mojibake too.
  assertClean(RULE, 'and then\u0085 nothing')
  // One that Windows-1252 leaves unassigned is still flagged.
  assertSpans(RULE, 'and then\u0081 nothing', ['1:9-1:10'])
})
