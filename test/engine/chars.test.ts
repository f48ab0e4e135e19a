/** The character classes by code (src/util/chars.ts) agree with the regular expressions they replace. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {charClass, isWhiteSpace, LETTER, LOWER, MARK, NUMBER, UPPER} from '../../src/util/chars.js'

test('isWhiteSpace is \\s, for every BMP code unit', () => {
  for (let code = 0; code <= 0xffff; code++) assert.equal(isWhiteSpace(code), /\s/.test(String.fromCharCode(code)), code.toString(16))
})

test('charClass is \\p{L}, \\p{M}, \\p{N}, \\p{Lu}, \\p{Ll}, for every BMP code unit and some astral ones', () => {
  const expected = (char: string) =>
    (/^\p{L}$/u.test(char) ? LETTER : 0) | (/^\p{M}$/u.test(char) ? MARK : 0) | (/^\p{N}$/u.test(char) ? NUMBER : 0) | (/^\p{Lu}$/u.test(char) ? UPPER : 0) | (/^\p{Ll}$/u.test(char) ? LOWER : 0)
  for (let code = 0; code <= 0xffff; code++) assert.equal(charClass(code), expected(String.fromCharCode(code)), code.toString(16))
  // Asked twice: the remembered answer is the same.
  assert.equal(charClass(0x41), LETTER | UPPER)
  for (const point of [0x1d400, 0x1d41a, 0x1d7ce, 0x1f600, 0x20000, 0x1e900]) assert.equal(charClass(point), expected(String.fromCodePoint(point)), point.toString(16))
})
