import {test} from 'node:test'
import assert from 'node:assert/strict'
import {assertClean, assertFixed, assertSpans, assertSuggestion} from '../helpers.js'

const RULE = 'markup-residue'

test('leftover tags: inline ones removed, block ones become a break or a space', () => {
  const [br] = assertSpans(RULE, 'First line<br>second line', ['1:11-1:15'])
  assert.equal(br.reason, 'Leftover HTML tag `<br>`; replace it with a line break')
  assertFixed(RULE, 'First line<br>second line', 'First line\nsecond line')
  assertFixed(RULE, 'End.</p><p>Next <a href="https://example.com/x">link</a> and <b>bold</b> text.', 'End.\nNext link and bold text.')
  assertFixed(RULE, 'Read <span class="x">this</span>.<br/>', 'Read this.')
})

test('HTML comments are removed, scrapelint directives are not', () => {
  assertFixed(RULE, 'Text <!-- ad slot --> more', 'Text  more')
  assertClean(RULE, 'Text <!-- scrapelint-disable mojibake --> more')
})

test('script and style elements are removed with their contents (a suggestion)', () => {
  assertSuggestion(RULE, 'Before <script type="text/javascript">var a = 1;</script> after', 'Before  after')
})

test('look-alike angle brackets are clean', () => {
  assertClean(RULE, 'If x < y and y > z, then <John Smith> wrote 3 <5> 2.')
})

test('Wikipedia markers and glued footnote numbers', () => {
  const [edit, note, needed] = assertSpans(RULE, 'History[edit]\nFounded in 1850.[1][2] It grew [citation needed] fast.', ['1:8-1:14', '2:17-2:23', '2:31-2:49'])
  assert.equal(edit.reason, 'Wikipedia marker `[edit]`; remove it')
  assert.equal(note.reason, 'Footnote marker `[1][2]`; remove it')
  assert.equal(needed.reason, 'Wikipedia marker `[citation needed]`; remove it')
  assertFixed(RULE, 'History[edit]\r\nFounded in 1850.[1][2] It grew [citation needed] fast.\r\n', 'History\r\nFounded in 1850. It grew fast.\r\n')
})

test('brackets that are not footnotes are clean', () => {
  assertClean(RULE, 'See [1] and [sic] and [...] and items[0].name and x[2] = 3 and [1]: https://example.com')
})

test('Markdown syntax in plain text; legitimate in Markdown files', () => {
  const text = 'See ![a chart](https://example.com/c.png) and [the report](https://example.com/r).'
  const [image, link] = assertSpans(RULE, text, ['1:5-1:42', '1:47-1:82'])
  assert.equal(image.fixKind, 'suggestion')
  assert.equal(link.reason, 'Markdown link in plain text; keep the link text `the report`')
  assertFixed(RULE, text, 'See ![a chart](https://example.com/c.png) and the report.')
  assertClean(RULE, text + '\n\n<b>bold</b> and <!-- note -->\n', {format: 'markdown'})
})

test('javascript:void(0) and lines of script, style and JSON', () => {
  assertFixed(RULE, 'Click javascript:void(0) here', 'Click  here')
  const text = [
    'Intro.',
    'var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];',
    '{"@context": "https://schema.org", "@type": "NewsArticle"}',
    '.ad-slot { display: none; margin: 0; }',
    'End.'
  ].join('\n')
  const messages = assertSpans(RULE, text, ['2:1-3:1', '3:1-4:1', '4:1-5:1'])
  assert.equal(messages[0].reason, 'Script, style or data code left in the text; remove the line')
  assert.equal(messages[0].fixKind, 'suggestion')
})

test('prose with braces, semicolons and code words is clean', () => {
  assertClean(RULE, 'The function of the window is clear; the door {open} too; var is a word.')
  assertClean(RULE, 'Use `var x = 1; window.foo();` in a sentence.')
  assertClean(RULE, 'Code:\n\n```\nvar a = b || {}; window.x = 1;\n```\n', {format: 'markdown'})
})

test('astral characters before a finding', () => {
  const [message] = assertSpans(RULE, '😀 a<br>b', ['1:5-1:9'])
  assert.deepEqual(message.range, [4, 8])
})

test('WordPress shortcodes', () => {
  const [message] = assertSpans(RULE, 'Tell us.\n[button link=”https://example.com/send” type=”big”] Send us your kit', ['2:1-2:52'])
  assert.equal(message.reason, 'Leftover shortcode `[button link=”https://example.com/sen…`; remove it')
  assertFixed(RULE, 'A photo [caption]here[/caption] now', 'A photo here now')
  assertClean(RULE, 'The array [a=1] and [x] are fine.')
})
