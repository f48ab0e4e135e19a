/** The dictionaries (rules/lib/dictionary.ts): Hunspell's answers, read from the build's word tables. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import nspell from 'nspell'
import {buildTable, correctIn, dictionaryFiles, DICTIONARIES, isKnownWord, isWord, parseTable, tableFile} from '../../rules/lib/dictionary.js'
import {brownChunks} from '../../scripts/lib/brown.js'

test('dictionary: Hunspell case rules, US and British spellings, possessives', () => {
  assert.equal(isWord('September'), true)
  assert.equal(isWord('september'), false)
  assert.equal(isWord('There'), true)
  assert.equal(isWord('colour'), true)
  assert.equal(isWord('color'), true)
  assert.equal(isWord('Russia’s'), true)
  assert.equal(isWord('iPhone'), true)
  assert.equal(isWord('SeptemberThe'), false)
  assert.equal(isWord(''), false)
})

test('dictionary: isKnownWord accepts any casing of a dictionary word', () => {
  assert.equal(isKnownWord('beijing'), true)
  assert.equal(isKnownWord('BEIJING'), true)
  assert.equal(isKnownWord('Xqzzy'), false)
})

/** Words to ask about: Brown's, in three casings, plus the odd cases of Hunspell's rules. */
function questions(): string[] {
  const words = new Set<string>()
  for (const chunk of brownChunks(5_000, 1_500_000)) for (const word of chunk.match(/[\p{L}\p{N}'’.-]+/gu) ?? []) words.add(word)
  for (const word of [...words]) {
    words.add(word.toUpperCase())
    words.add(word.toLowerCase())
    words.add(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
  }
  for (const odd of ['', ' ', ' the ', '1st', '22nd', '3th', '101st', '11th', 'ASAP', 'asap', 'Beijing', 'beijing', 'BEIJING', 'don’t', "don't", 'DON’T', 'İstanbul', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'e-mail', 'O’Brien', 'iPhone', 'IPHONE', 'McDonald', 'MCDONALD', 'ß', 'STRASSE']) words.add(odd)
  return [...words]
}

test('each table answers every question as nspell does, and survives its text form', () => {
  const asked = questions()
  assert.ok(asked.length > 50_000)
  for (const name of DICTIONARIES) {
    const files = dictionaryFiles(name)
    const speller = nspell(files)
    const table = buildTable(files)
    const reread = parseTable(readFileSync(tableFile(name)))
    // The file's sorted lines give every word its flags, and nothing else is a word.
    for (const [word, flags] of table.words) assert.equal(reread.words.get(word), flags, word)
    for (const other of ['', 'zzzzqx', '\uffff', 'a\tb']) assert.equal(reread.words.get(other), table.words.get(other), other)
    let differ = 0
    for (const word of asked) {
      const expected = speller.correct(word)
      if (correctIn(table, word) !== expected || correctIn(reread, word) !== expected) differ++
      assert.ok(differ === 0, `${name}: ${JSON.stringify(word)} should be ${expected}`)
    }
  }
})

test('the build wrote a table for each installed dictionary', () => {
  for (const name of DICTIONARIES) assert.ok(existsSync(tableFile(name)), name)
})
