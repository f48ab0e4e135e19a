/**
 * Legacy single-byte code pages that UTF-8 text is commonly mis-decoded as,
 * with encode tables (character → byte) built once from decoders: the
 * platform's TextDecoder for the WHATWG encodings, iconv-lite for cp437,
 * which TextDecoder lacks, and for Windows-1252, which Node 20's TextDecoder
 * decodes as ISO-8859-1. Only the upper half (0x80–0xFF) is tabled: the
 * lower half is ASCII in all of them.
 */
import {createRequire} from 'node:module'

type Iconv = typeof import('iconv-lite')

let iconvModule: Iconv | undefined

/** iconv-lite is large (~0.5 MB of tables); loaded only when a text makes the mojibake rule ask. */
function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv
  return iconvModule
}

export interface CodePage {
  /** Name used in messages. */
  name: string
  /** Character → byte for bytes 0x80–0xFF. */
  encode: ReadonlyMap<string, number>
  /**
   * Mis-decodings through this page are common enough that one clear
   * sequence is evidence; rarer pages need several in a line.
   */
  common: boolean
}

function upperHalf(decode: (bytes: Uint8Array) => string): Map<string, number> {
  const table = new Map<string, number>()
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = decode(Uint8Array.of(byte))
    // Skip bytes a decoder does not map (U+FFFD): they cannot be encoded back.
    if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, byte)
  }
  return table
}

function whatwg(label: string): Map<string, number> {
  const decoder = new TextDecoder(label)
  return upperHalf((bytes) => decoder.decode(bytes))
}

/**
 * Windows-1252 and Latin-1 as one page: a mis-decoding through either shows
 * C1 controls (Latin-1) or the Windows punctuation in their place, often
 * mixed in one text, and both encode back to the same bytes.
 */
function windows1252(): Map<string, number> {
  const table = upperHalf((bytes) => iconv().decode(Buffer.from(bytes), 'windows-1252'))
  for (let byte = 0x80; byte <= 0x9f; byte++) table.set(String.fromCharCode(byte), byte)
  return table
}

let pages: CodePage[] | undefined

/** The pages in order of preference: when two decode a text equally well, the first wins. */
export function codePages(): readonly CodePage[] {
  pages ??= [
    {name: 'Windows-1252', encode: windows1252(), common: true},
    {name: 'Windows-1251', encode: whatwg('windows-1251'), common: false},
    {name: 'Windows-1250', encode: whatwg('windows-1250'), common: false},
    {name: 'Windows-1253', encode: whatwg('windows-1253'), common: false},
    {name: 'Windows-1254', encode: whatwg('windows-1254'), common: false},
    {name: 'Windows-1257', encode: whatwg('windows-1257'), common: false},
    {name: 'ISO-8859-2', encode: whatwg('iso-8859-2'), common: false},
    {name: 'MacRoman', encode: whatwg('macintosh'), common: false},
    {name: 'cp437', encode: upperHalf((bytes) => iconv().decode(Buffer.from(bytes), 'cp437')), common: false}
  ]
  return pages
}

let c1Table: string[] | undefined

/**
 * Windows-1252's character for byte `code` when a C1 control (U+0080–U+009F)
 * stands for it — text read as Latin-1 that was written as Windows-1252 —
 * or `undefined` for the five bytes Windows-1252 leaves unassigned.
 */
export function windows1252Char(code: number): string | undefined {
  if (code < 0x80 || code > 0x9f) return undefined
  c1Table ??= Array.from(iconv().decode(Buffer.from(Array.from({length: 32}, (_, index) => 0x80 + index)), 'windows-1252'))
  const char = c1Table[code - 0x80]
  return char === '\ufffd' ? undefined : char
}
