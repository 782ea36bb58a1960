import type {Author} from '../../schema/author.js'
import type {Block} from '../../schema/block.js'
import {tidyRun} from '../runs/text-run.js'
import type {ContentUnit, Unit} from '../structure/unit.js'
import {trailingParenthetical} from '../words/trailing-parenthetical.js'
import {
  foldSignatureLines,
  readSignatureLine,
  type SignatureLine,
  type SignatureLines,
  signatoriesLabel
} from './read-signature.js'

/** The closing units of a document taken as its signature. */
export interface TakenSignature {
  /** Indexes of the units taken. */
  indexes: Set<number>
  blocks: Block[]
  lines: SignatureLines | undefined
}

/**
 * Take the closing units of a document that read as a signature (or a list of signatories):
 * walking back from the end, each paragraph is taken while every line of it can be a signature
 * line; the units taken count when some line could only be a signature (a closing, a date, a
 * label). Each line is read once, so the cost is linear in the text however many short
 * paragraphs end the document.
 *
 * @param units
 *   The document's units.
 * @returns
 *   The indexes and blocks of the units taken, and what their lines say.
 */
export function takeSignature(units: readonly Unit[]): TakenSignature {
  // Walking back: each entry holds the lines of one unit (in document order), or a list's names.
  const taken: Array<{index: number; unit: ContentUnit; readings: SignatureLine[]}> = []
  const signatories: Author[][] = []
  let anchored = false
  let bestCount = 0
  let index = units.length - 1

  while (index >= 0) {
    const unit = units[index]
    if (!unit || unit.type === 'question') break
    if (unit.type === 'footnote') {
      index--
      continue
    }

    const previous = units[index - 1]
    if (
      unit.segment?.kind === 'list' &&
      previous?.type === 'content' &&
      previous.segment?.kind === 'text' &&
      signatoriesLabel.test(tidyRun(previous.segment.run).text)
    ) {
      const names: Author[] = []
      for (const item of unit.segment.items) {
        const text = item.first ? tidyRun(item.first).text : ''
        const name = (trailingParenthetical(text)?.before ?? text).trim()
        if (name) names.push({name, role: 'signatory'})
      }

      signatories.push(names)
      taken.push({index, unit, readings: []}, {index: index - 1, unit: previous, readings: []})
      index -= 2
      bestCount = taken.length
      continue
    }

    if (unit.segment?.kind !== 'text') break
    const readings = readLines(unit.segment.run.text)
    if (!readings) break
    if (readings.some((reading) => isAnchor(reading))) anchored = true
    taken.push({index, unit, readings})
    if (anchored) bestCount = taken.length
    index--
  }

  if (signatories.length === 0 && !anchored)
    return {indexes: new Set(), blocks: [], lines: undefined}
  const chosen = taken.slice(0, bestCount).reverse()
  const readings: SignatureLine[] = []
  for (const entry of chosen) for (const reading of entry.readings) readings.push(reading)
  const lines = foldSignatureLines(readings)
  // A list of signatories makes a signature even with no closing line.
  lines.anchored = true
  for (const names of signatories.reverse()) for (const name of names) lines.authors.push(name)
  const blocks: Block[] = []
  for (const entry of chosen) for (const block of entry.unit.blocks) blocks.push(block)
  return {indexes: new Set(chosen.map((entry) => entry.index)), blocks, lines}
}

function readLines(text: string): SignatureLine[] | undefined {
  const readings: SignatureLine[] = []
  for (const line of text.split('\n')) {
    const reading = readSignatureLine(line)
    if (!reading) return undefined
    readings.push(reading)
  }

  return readings
}

function isAnchor(reading: SignatureLine): boolean {
  return (
    reading.kind === 'closing' ||
    reading.kind === 'date' ||
    reading.kind === 'signatories' ||
    ((reading.kind === 'name' || reading.kind === 'role') && reading.signed)
  )
}
