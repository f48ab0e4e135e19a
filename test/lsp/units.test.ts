import {test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Doc} from '../../src/engine/doc.js'
import {describeEdit, minimalEdit, quickFixes, withEol} from '../../src/lsp/actions.js'
import {ConfigFreshness} from '../../src/lsp/config-freshness.js'
import {negotiateEncoding, PositionConverter} from '../../src/lsp/positions.js'
import {readSettings} from '../../src/lsp/settings.js'
import {SHUT_DOWN_MESSAGE, ShutdownGate} from '../../src/lsp/shutdown.js'
import {documentSync} from '../../src/lsp/sync.js'
import type {ScrapelintMessage} from '../../src/engine/types.js'

test('encoding negotiation: the client order among what we support, else UTF-16', () => {
  assert.equal(negotiateEncoding(undefined), 'utf-16')
  assert.equal(negotiateEncoding(['utf-32', 'utf-8']), 'utf-32')
  assert.equal(negotiateEncoding(['latin-1', 'utf-8']), 'utf-8')
  assert.equal(negotiateEncoding(['latin-1']), 'utf-16')
})

test('positions in UTF-16, UTF-8 and UTF-32 round-trip through offsets', () => {
  const text = 'ab\r\né😀x\nz'
  const doc = new Doc(text)
  const offsetOfX = text.indexOf('x')
  const expected = {'utf-16': 3, 'utf-8': 6, 'utf-32': 2} as const
  for (const encoding of ['utf-16', 'utf-8', 'utf-32'] as const) {
    const positions = new PositionConverter(doc, encoding)
    assert.deepEqual(positions.position(offsetOfX), {line: 1, character: expected[encoding]}, encoding)
    assert.equal(positions.offset({line: 1, character: expected[encoding]}), offsetOfX, encoding)
    assert.deepEqual(positions.position(text.length), {line: 2, character: 1})
    // Past the end of a line or of the document: clamped.
    assert.equal(positions.offset({line: 0, character: 99}), 2)
    assert.equal(positions.offset({line: 9, character: 0}), text.length)
  }
  // An offset inside "\r\n" maps to the end of its line.
  assert.deepEqual(new PositionConverter(doc, 'utf-16').position(3), {line: 0, character: 2})
})

test('minimalEdit: one edit over the changed middle, never splitting a surrogate pair', () => {
  const before = 'keep 😀 a,, b keep'
  const after = 'keep 😀 a, b keep'
  const positions = new PositionConverter(new Doc(before), 'utf-16')
  assert.deepEqual(minimalEdit(before, after, positions), {range: {start: {line: 0, character: 10}, end: {line: 0, character: 11}}, newText: ''})
  assert.equal(minimalEdit(before, before, positions), undefined)
  const emoji = minimalEdit('x😀y', 'x😁y', new PositionConverter(new Doc('x😀y'), 'utf-16'))!
  assert.deepEqual(emoji, {range: {start: {line: 0, character: 1}, end: {line: 0, character: 3}}, newText: '😁'})
})

test('quick-fix titles show invisible characters and line breaks', () => {
  assert.equal(describeEdit('\u00a0', ''), 'Delete “U+00A0”')
  assert.equal(describeEdit('a. b', 'a.\nb'), 'Replace “a. b” with “a.⏎b”')
  assert.equal(describeEdit('', ' '), 'Insert “ ”')
})

test('settings are read leniently', () => {
  const warnings: string[] = []
  const settings = readSettings({enable: 'yes', maxFileSize: -1, rules: ['x']}, (message) => warnings.push(message))
  assert.deepEqual(settings, {enable: true, rules: {}, maxFileSize: 2 * 1024 * 1024})
  assert.equal(warnings.length, 3)
  assert.deepEqual(readSettings({enable: false, maxFileSize: 10, rules: {a: 'off'}}, () => {}), {enable: false, maxFileSize: 10, rules: {a: 'off'}})
})

test('document sync applies change ranges in the negotiated encoding, one change after another', () => {
  // "é" is 2 bytes / 1 code point, "😀" 4 bytes / 1 code point (2 UTF-16 units).
  const cases = [
    {encoding: 'utf-8', afterEmoji: 7, emojiOnLine1: [9, 13]},
    {encoding: 'utf-32', afterEmoji: 3, emojiOnLine1: [8, 9]}
  ] as const
  for (const {encoding, afterEmoji, emojiOnLine1} of cases) {
    const sync = documentSync(() => encoding)
    let document = sync.create('file:///x.txt', 'plaintext', 1, 'é 😀x\r\nsecond é😀\n')
    document = sync.update(
      document,
      [
        {range: {start: {line: 0, character: afterEmoji}, end: {line: 0, character: afterEmoji + 1}}, text: 'Y'},
        // Measured in the text the first change left; past the end of a line clamps to it, before the CRLF.
        {range: {start: {line: 0, character: 99}, end: {line: 0, character: 99}}, text: '!'},
        {range: {start: {line: 1, character: emojiOnLine1[0]}, end: {line: 1, character: emojiOnLine1[1]}}, text: '+'}
      ],
      2
    )
    assert.equal(document.getText(), 'é 😀Y!\r\nsecond é+\n', encoding)
    assert.equal(document.version, 2)
    // A full-text change is taken as it is.
    assert.equal(sync.update(document, [{text: 'new'}], 3).getText(), 'new')
  }
  // A UTF-8 column inside a character (invalid, but it happens) rounds up: a surrogate pair is never split.
  const sync = documentSync(() => 'utf-8')
  const inside = sync.update(sync.create('file:///x.txt', 'plaintext', 1, 'é 😀x'), [{range: {start: {line: 0, character: 5}, end: {line: 0, character: 5}}, text: '|'}], 2)
  assert.equal(inside.getText(), 'é 😀|x')
  const utf16 = documentSync(() => 'utf-16')
  const document = utf16.update(utf16.create('file:///x.txt', 'plaintext', 1, 'a😀b'), [{range: {start: {line: 0, character: 3}, end: {line: 0, character: 4}}, text: 'c'}], 2)
  assert.equal(document.getText(), 'a😀c')
})

test('positions after a BOM the engine does not see: the first line is shifted by its width', () => {
  const text = 'ab😀c\nd'
  const doc = new Doc(text)
  for (const [encoding, shift] of [['utf-16', 1], ['utf-8', 3], ['utf-32', 1]] as const) {
    const positions = new PositionConverter(doc, encoding, true)
    assert.deepEqual(positions.position(0), {line: 0, character: shift}, encoding)
    assert.deepEqual(positions.position(text.indexOf('c')), {line: 0, character: shift + {'utf-16': 4, 'utf-8': 6, 'utf-32': 3}[encoding]}, encoding)
    assert.equal(positions.offset(positions.position(text.indexOf('c'))), text.indexOf('c'), encoding)
    // Before the BOM maps to the start of the text; other lines are not shifted.
    assert.equal(positions.offset({line: 0, character: 0}), 0)
    assert.deepEqual(positions.position(text.indexOf('d')), {line: 1, character: 0})
    assert.equal(positions.offset({line: 1, character: 1}), text.length)
  }
})

test('quick fixes write line breaks as the document does', () => {
  assert.equal(withEol('a\nb\r\nc\rd', '\r\n'), 'a\r\nb\r\nc\r\nd')
  assert.equal(withEol('a\nb', '\n'), 'a\nb')
  const message = {ruleId: 'invisible-characters', range: [1, 2], actual: '\u2028', expected: ['\n'], fixKind: 'safe'} as unknown as ScrapelintMessage
  const positions = new PositionConverter(new Doc('a\u2028b\r\n'), 'utf-16')
  const diagnostic = {range: positions.range(1, 2), message: 'x'}
  const [crlf] = quickFixes('file:///x.txt', message, diagnostic, positions, '\r\n')
  assert.deepEqual(crlf.edit!.changes!['file:///x.txt'], [{range: {start: {line: 0, character: 1}, end: {line: 0, character: 2}}, newText: '\r\n'}])
  assert.equal(crlf.title, 'Replace “U+2028” with “⏎” (invisible-characters)')
  assert.equal(quickFixes('file:///x.txt', message, diagnostic, positions, '\n')[0].edit!.changes!['file:///x.txt'][0].newText, '\n')
})

test('config freshness: a change to a config or ignore file on the way up, or to an extended file, is noticed once', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-freshness-'))
  mkdirSync(path.join(dir, 'docs'))
  const file = path.join(dir, 'docs/page.txt')
  const freshness = new ConfigFreshness()
  assert.equal(freshness.refresh(file), false, 'the first look has nothing to compare with')
  writeFileSync(path.join(dir, '.scrapelintrc.json'), '{}')
  assert.equal(freshness.refresh(file), true, 'a config file created above')
  assert.equal(freshness.refresh(file), false, 'already seen')
  writeFileSync(path.join(dir, 'docs/.scrapelintignore'), 'x\n')
  assert.equal(freshness.refresh(file), true, 'an ignore file created beside')
  writeFileSync(path.join(dir, '.scrapelintrc.json'), '{ }')
  assert.equal(freshness.refresh(file), true, 'a config file rewritten')
  const base = path.join(dir, 'base.json')
  writeFileSync(base, '{}')
  freshness.track([base])
  assert.equal(freshness.refresh(file), true, 'an extended file read before its first look')
  assert.equal(freshness.refresh(file), false)
  writeFileSync(base, '{"rules": {}}')
  assert.equal(freshness.refresh(file), true, 'an extended file rewritten')
  freshness.markBroken()
  assert.equal(freshness.refresh(file), false, 'a broken config is re-read, but nothing changed on disk')
})

test('after shutdown, guarded handlers answer InvalidRequest', async () => {
  const gate = new ShutdownGate()
  const hover = gate.guard(async (x: number) => x + 1)
  assert.equal(await hover(1), 2)
  gate.close()
  assert.equal(gate.isShutDown, true)
  assert.throws(() => hover(1), {code: -32600, message: SHUT_DOWN_MESSAGE})
})
