/**
 * A run of text with, for every character, the offset in the source it was read from: text
 * rebuilt from Markdown, HTML or wrapped PDF lines still points at its exact line and column.
 * `offsets` has one more entry than `text`: the end offset.
 */
export interface TextRun {
  readonly text: string
  readonly offsets: Int32Array
}

/** How far alignment looks ahead for a character before giving up on it (keeps it linear). */
const window = 32

/**
 * Build a text run piece by piece.
 *
 * @returns
 *   A builder: `source` adds text read verbatim, `aligned` adds a node value whose characters
 *   are found in order in a source range (entities, escapes, container prefixes skipped),
 *   `virtual` adds text that stands for one source offset, `build` ends.
 */
export function createRunBuilder() {
  const parts: string[] = []
  let offsets = new Int32Array(64)
  let length = 0
  let end = 0

  const reserve = (extra: number) => {
    if (length + extra <= offsets.length) return
    let size = offsets.length * 2
    while (size < length + extra) size *= 2
    const grown = new Int32Array(size)
    grown.set(offsets.subarray(0, length))
    offsets = grown
  }

  return {
    source(source: string, start: number, stop: number) {
      parts.push(source.slice(start, stop))
      reserve(stop - start)
      for (let index = start; index < stop; index++) offsets[length++] = index
      end = stop
    },
    aligned(value: string, source: string, start: number, stop: number) {
      if (value.length === stop - start && source.startsWith(value, start)) {
        this.source(source, start, stop)
        return
      }

      reserve(value.length)
      let cursor = start
      for (const character of value) {
        let found = -1
        const limit = Math.min(stop, cursor + window)
        for (let index = cursor; index < limit; index++) {
          if (source.startsWith(character, index)) {
            found = index
            break
          }
        }

        const at = found === -1 ? Math.min(cursor, Math.max(start, stop - 1)) : found
        for (let unit = 0; unit < character.length; unit++) offsets[length++] = at + unit
        cursor = found === -1 ? cursor : found + character.length
      }

      parts.push(value)
      end = stop
    },
    virtual(text: string, offset: number) {
      parts.push(text)
      reserve(text.length)
      for (let index = 0; index < text.length; index++) offsets[length++] = offset
      end = Math.max(end, offset)
    },
    run(run: TextRun) {
      parts.push(run.text)
      reserve(run.text.length)
      offsets.set(run.offsets.subarray(0, run.text.length), length)
      length += run.text.length
      end = Math.max(end, run.offsets[run.text.length] ?? 0)
    },
    build(): TextRun {
      // A lone CR (old Mac line endings) is a line break like LF; same length, so offsets hold.
      const joined = parts.join('')
      const text = joined.includes('\r') ? joined.replace(/\r(?!\n)/g, '\n') : joined
      const array = new Int32Array(text.length + 1)
      array.set(offsets.subarray(0, Math.min(length, text.length)))
      array[text.length] = length > 0 ? Math.max(end, (offsets[length - 1] ?? 0) + 1) : end
      return {text, offsets: array}
    }
  }
}

/**
 * A run of the source text between two offsets, read verbatim.
 *
 * @param source
 *   The whole source text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset (exclusive).
 * @returns
 *   The run.
 */
export function runFromSource(source: string, start: number, end: number): TextRun {
  const builder = createRunBuilder()
  builder.source(source, start, end)
  return builder.build()
}

/**
 * Part of a run.
 *
 * @param run
 *   The run.
 * @param start
 *   Start index in the run's text.
 * @param end
 *   End index (exclusive).
 * @returns
 *   The part, still pointing at the source.
 */
export function sliceRun(run: TextRun, start: number, end = run.text.length): TextRun {
  const offsets = new Int32Array(end - start + 1)
  offsets.set(run.offsets.subarray(start, end))
  offsets[end - start] = end > start ? (run.offsets[end - 1] ?? 0) + 1 : (run.offsets[start] ?? 0)
  return {text: run.text.slice(start, end), offsets}
}

/**
 * Join runs, with a separator that stands for the start of the next run.
 *
 * @param runs
 *   The runs.
 * @param separator
 *   Text put between runs.
 * @returns
 *   One run.
 */
export function joinRuns(runs: readonly TextRun[], separator = ' '): TextRun {
  const builder = createRunBuilder()
  for (const [index, run] of runs.entries()) {
    if (index > 0) builder.virtual(separator, run.offsets[0] ?? 0)
    builder.run(run)
  }

  return builder.build()
}

/**
 * Tidy a run for reading: line breaks and tabs become spaces, words hyphenated across a line end are
 * joined (`coopé-\nration` gives `coopération`), runs of spaces are folded, control characters
 * (other than white space) are dropped, and both ends trimmed.
 *
 * @param run
 *   The run.
 * @returns
 *   The tidied run.
 */
export function tidyRun(run: TextRun): TextRun {
  const {text, offsets} = run
  const keep = new Int32Array(text.length + 1)
  const pieces: string[] = []
  let length = 0
  let pieceStart = 0
  let space = true

  const flush = (end: number) => {
    if (end > pieceStart) pieces.push(text.slice(pieceStart, end))
  }

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 45 /* `-` */ && isHyphenatedLineEnd(text, index)) {
      flush(index)
      let next = index + 1
      while (next < text.length && isSpace(text.charCodeAt(next))) next++
      index = next - 1
      pieceStart = next
      continue
    }

    if (isControl(code)) {
      // Control characters (terminal escapes among them) are no text: dropped, reported once.
      flush(index)
      pieceStart = index + 1
      continue
    }

    if (isSpace(code)) {
      flush(index)
      pieceStart = index + 1
      if (space) continue
      pieces.push(' ')
      space = true
    } else {
      space = false
    }

    keep[length++] = offsets[index] ?? 0
  }

  flush(text.length)
  let output = pieces.join('')
  if (output.endsWith(' ')) {
    output = output.slice(0, -1)
    length--
  }

  const array = keep.slice(0, output.length + 1)
  array[output.length] = output.length > 0 ? (array[output.length - 1] ?? 0) + 1 : (offsets[0] ?? 0)
  return {text: output, offsets: array}
}

/** Whether a UTF-16 code unit is a control character that is no white space (C0, DEL, C1). */
export function isControl(code: number): boolean {
  return code < 9 || (code > 13 && code < 32) || (code >= 127 && code < 160)
}

/** Whether a UTF-16 code unit is white space for reading purposes. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028
}

function isHyphenatedLineEnd(text: string, index: number): boolean {
  const after = text.charCodeAt(index + 1)
  if (after !== 10 && after !== 13) return false
  if (!/\p{Ll}/u.test(text.charAt(index - 1))) return false
  let next = index + 1
  while (next < text.length && isSpace(text.charCodeAt(next))) next++
  return /\p{Ll}/u.test(text.charAt(next))
}
