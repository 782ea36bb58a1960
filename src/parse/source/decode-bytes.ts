/** An encoding `decodeBytes` reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** The text of some bytes and how it was decoded. */
export interface DecodedBytes {
  /** The text, without a byte order mark. */
  text: string
  encoding: Encoding
  /** Whether the bytes began with a byte order mark. */
  bom: boolean
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const latin1 = new TextDecoder('latin1')
// Bytes 0x80 to 0x9F in Windows-1252 (the WHATWG index): Node's `TextDecoder('windows-1252')`
// decodes them as ISO-8859-1 controls, losing curly quotes, dashes and the euro sign. The five
// bytes Windows-1252 leaves undefined keep the control character of the same code.
const windows1252High = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
]

/**
 * Decode the bytes of a document by a fixed rule: a byte order mark says UTF-8, UTF-16 LE or
 * UTF-16 BE; bytes without one are UTF-8 when they are valid UTF-8, or when they hold more valid
 * multi-byte UTF-8 sequences than stray bytes (UTF-8 with a few broken bytes, which are replaced
 * and reported); else Windows-1252 (a superset of the printable ISO-8859-1, so Latin-1 files
 * decode the same), which maps every byte to a character: nothing is replaced or dropped.
 *
 * @param bytes
 *   The document's bytes.
 * @returns
 *   The text, the encoding, and whether there was a byte order mark.
 * @example
 *   decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text // => 'café' (Windows-1252)
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true}
  }

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true
    }
  }

  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true
    }
  }

  try {
    return {text: utf8.decode(bytes), encoding: 'utf-8', bom: false}
  } catch {
    // UTF-8 with a few broken bytes stays UTF-8 (their replacement is reported); text with no more
    // valid multi-byte sequences than invalid bytes is a legacy single-byte encoding.
    const {valid, invalid} = countSequences(bytes)
    return valid > invalid
      ? {text: decodeUtf8(bytes), encoding: 'utf-8', bom: false}
      : {text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false}
  }
}

/** Valid multi-byte UTF-8 sequences, and bytes above 0x7F that are in none. */
function countSequences(bytes: Uint8Array): {valid: number; invalid: number} {
  let valid = 0
  let invalid = 0
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] as number
    if (byte < 0x80) {
      index++
      continue
    }

    const size =
      byte >= 0xc2 && byte <= 0xdf
        ? 2
        : byte >= 0xe0 && byte <= 0xef
          ? 3
          : byte >= 0xf0 && byte <= 0xf4
            ? 4
            : 0
    let ok = size > 0 && index + size <= bytes.length
    for (let next = 1; ok && next < size; next++) {
      const continuation = bytes[index + next] as number
      ok = continuation >= 0x80 && continuation <= 0xbf
    }

    if (ok) {
      valid++
      index += size
    } else {
      invalid++
      index++
    }
  }

  return {valid, invalid}
}

/** Windows-1252: ISO-8859-1 but for the bytes 0x80 to 0x9F. */
function decodeWindows1252(bytes: Uint8Array): string {
  const text = latin1.decode(bytes)
  return text.replace(/[\u0080-\u009f]/g, (character) =>
    String.fromCharCode(windows1252High[character.charCodeAt(0) - 0x80] ?? character.charCodeAt(0))
  )
}

/** After a UTF-8 byte order mark the bytes are UTF-8 by declaration: invalid ones are replaced. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
}
