import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {decodeBytes} from '../../src/parse/source/decode-bytes.js'

// Every character that Windows-1252 has and ISO-8859-1 lacks or places elsewhere, with accents.
const sample = 'Café, façade, São Paulo, “quoted” ‘single’ – — … €100 œuvre Ÿ ™ • naïve'

function windows1252(text: string): Uint8Array {
  // The bytes of Windows-1252 above 0x7F that differ from ISO-8859-1, as its code page lists them.
  const table = new Map<string, number>(
    Object.entries({
      '€': 0x80,
      '‚': 0x82,
      '„': 0x84,
      '…': 0x85,
      '‘': 0x91,
      '’': 0x92,
      '“': 0x93,
      '”': 0x94,
      '•': 0x95,
      '–': 0x96,
      '—': 0x97,
      '™': 0x99,
      œ: 0x9c,
      Ÿ: 0x9f
    })
  )
  for (let byte = 0; byte < 256; byte++) {
    if (byte < 0x80 || byte > 0x9f) table.set(String.fromCharCode(byte), byte)
  }

  return new Uint8Array(
    [...text].map((character) => {
      const byte = table.get(character)
      if (byte === undefined) throw new Error(`No Windows-1252 byte for ${character}`)
      return byte
    })
  )
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
    bytes[2 + index * 2] = first
    bytes[3 + index * 2] = second
  }

  return bytes
}

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode(sample))).toEqual({
      text: sample,
      encoding: 'utf-8',
      bom: false
    })
  })

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])
    expect(decodeBytes(bytes)).toEqual({text: sample, encoding: 'utf-8', bom: true})
  })

  it('reads Windows-1252 bytes (é, ç, ã, curly quotes, the euro sign) without losing one', () => {
    const decoded = decodeBytes(windows1252(sample))
    expect(decoded).toEqual({text: sample, encoding: 'windows-1252', bom: false})
    expect(decoded.text).not.toContain('\uFFFD')
  })

  it('keeps the bytes Windows-1252 leaves undefined as the control characters of the same code', () => {
    expect(decodeBytes(new Uint8Array([0x61, 0x81, 0x8d, 0x62])).text).toBe('a\u0081\u008db')
  })

  it('reads UTF-16 LE and BE with a byte order mark', () => {
    expect(decodeBytes(utf16(sample, 'le'))).toEqual({
      text: sample,
      encoding: 'utf-16le',
      bom: true
    })
    expect(decodeBytes(utf16(sample, 'be'))).toEqual({
      text: sample,
      encoding: 'utf-16be',
      bom: true
    })
  })
})

describe('parseContribution on bytes', () => {
  const document = `Submitted by: Fundação Exemplo\n\nWe support “multistakeholder” cooperation costing €5.\n`

  it('decodes Windows-1252 bytes and says so in an info message with the encoding', () => {
    const {contribution, messages} = parseContribution(windows1252(document))
    expect(contribution.submitter.name).toBe('Fundação Exemplo')
    expect(JSON.stringify(contribution)).toContain('“multistakeholder” cooperation costing €5.')
    const message = messages.find((entry) => entry.ruleId === 'decoded-legacy-encoding')
    expect(message?.fatal).toBeUndefined()
    expect(message?.reason).toContain('windows-1252')
    expect(messages.some((entry) => entry.ruleId === 'invalid-encoding')).toBe(false)
  })

  it('decodes UTF-16 bytes to the same contribution as the string', () => {
    const fromString = parseContribution(document).contribution
    const fromBytes = parseContribution(utf16(document, 'le')).contribution
    expect({...fromBytes, source: undefined}).toEqual({...fromString, source: undefined})
  })

  it('reads UTF-8 bytes without a message about the encoding', () => {
    const {messages} = parseContribution(new TextEncoder().encode(document))
    expect(messages.map((message) => message.ruleId)).not.toContain('decoded-legacy-encoding')
  })
})

describe('decodeBytes on UTF-8 with broken bytes', () => {
  it('keeps UTF-8 with a few invalid bytes as UTF-8, replacing only those', () => {
    const good = new TextEncoder().encode('Ça va, “très” bien. São Paulo. ')
    const bytes = new Uint8Array([...good, 0xc3, 0x28, ...good])
    const decoded = decodeBytes(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text).toBe(
      'Ça va, “très” bien. São Paulo. \uFFFD(Ça va, “très” bien. São Paulo. '
    )
  })

  it('reads bytes with no valid multi-byte sequence as Windows-1252', () => {
    expect(decodeBytes(new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x93, 0x61, 0x94])).text).toBe(
      'São “a”'
    )
  })
})
