import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../../messages/create-message.js'
import {escapeControls} from '../../messages/excerpt.js'
import type {Locator} from '../runs/locate.js'
import {isControl} from '../runs/text-run.js'
import type {DecodedBytes} from './decode-bytes.js'

/** What looking at a decoded source before reading it found. */
export interface SourceInspection {
  /** Messages about the source as a whole (its encoding, control characters, …). */
  messages: VFileMessage[]
  /** Whether the source is no text to read (a container format, binary, empty). */
  unreadable: boolean
}

/**
 * Look at a decoded source before reading it: a container format (PDF, Word, RTF) no reader
 * claims, binary content
 * or nothing but white space make it unreadable; a legacy encoding, control characters and
 * replacement characters are reported, and the source is read all the same.
 *
 * @param source
 *   The decoded source text.
 * @param decoded
 *   How its bytes were decoded, when the input was bytes.
 * @param locator
 *   The source's locator.
 * @param claimed
 *   Whether a reader given by the caller claimed the source (by format, extension or sniffing):
 *   then a container format is its to read, not `unsupported-format`.
 * @returns
 *   The messages, and whether the source can be read.
 */
export function inspectSource(
  source: string,
  decoded: DecodedBytes | undefined,
  locator: Locator,
  claimed = false
): SourceInspection {
  const messages: VFileMessage[] = []
  const unreadable = (): SourceInspection => ({messages, unreadable: true})
  const container = claimed ? undefined : findContainer(source)
  if (container !== undefined) {
    messages.push(createMessage('unsupported-format', {what: container}, locator.place(0, 1)))
    return unreadable()
  }

  const binary = findBinary(source)
  if (binary !== undefined) {
    messages.push(
      createMessage(
        'binary-content',
        {what: binary.what},
        locator.place(binary.offset, binary.offset + 1)
      )
    )
    return unreadable()
  }

  if (source.trim() === '') {
    messages.push(createMessage('empty-document', {}, locator.place(0, source.length)))
    return unreadable()
  }

  if (decoded && decoded.encoding !== 'utf-8') {
    messages.push(
      createMessage(
        'decoded-legacy-encoding',
        {encoding: decoded.encoding},
        locator.place(0, Math.min(source.length, 1))
      )
    )
  }

  const controls = findControls(source)
  if (controls) {
    messages.push(
      createMessage(
        'control-characters',
        {count: controls.count, first: escapeControls(source.charAt(controls.offset))},
        locator.place(controls.offset, controls.offset + 1)
      )
    )
  }

  const replacements = source.match(/\uFFFD/g)?.length ?? 0
  if (replacements > 0) {
    const offset = source.indexOf('\uFFFD')
    messages.push(
      createMessage('invalid-encoding', {count: replacements}, locator.place(offset, offset + 1))
    )
  }

  return {messages, unreadable: false}
}

/**
 * A document format that is no text, told by its first bytes: PDF, a zip (Word `.docx`,
 * OpenDocument), an OLE compound file (Word 97-2003 `.doc`, decoded as Windows-1252, or from UTF-8 by a caller), or
 * RTF.
 */
function findContainer(source: string): string | undefined {
  if (source.startsWith('%PDF-')) return 'PDF'
  if (source.startsWith('PK\u0003\u0004')) return 'Word (.docx) or OpenDocument'
  // D0 CF 11 E0 A1 B1 1A E1, as TextDecoder reads them.
  if (
    source.startsWith('\uFFFD\uFFFD\u0011\u0871\u001A\uFFFD') ||
    source.startsWith('\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1')
  )
    return 'Word 97-2003 (.doc)'
  if (source.startsWith('{\\rtf')) return 'RTF'
  return undefined
}

/** NUL bytes or many control characters mean the input is not text. */
function findBinary(source: string): {what: string; offset: number} | undefined {
  const sample = source.slice(0, 65_536)
  let controls = 0
  let firstNul = -1
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index)
    if (code === 0 && firstNul === -1) firstNul = index
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127)
      controls++
  }

  if (sample.length > 0 && controls / sample.length > 0.1) {
    return {
      what: `${controls} control characters in the first ${sample.length}`,
      offset: firstNul === -1 ? 0 : firstNul
    }
  }

  if (firstNul !== -1 && controls / sample.length > 0.01) {
    return {what: 'NUL bytes', offset: firstNul}
  }

  return undefined
}

/** Control characters other than white space: removed from the text read, counted here. */
function findControls(source: string): {count: number; offset: number} | undefined {
  let count = 0
  let offset = -1
  for (let index = 0; index < source.length; index++) {
    if (!isControl(source.charCodeAt(index))) continue
    count++
    if (offset === -1) offset = index
  }

  return count > 0 ? {count, offset} : undefined
}
