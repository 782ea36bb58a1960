import type {Validation} from '../schema/validation.js'
import {placeOf, reviewLine, validationSubject, validationTable} from './validation-table.js'

/**
 * Render a validation report (`validateCoder`) as plain text for a terminal: the summary table
 * (cells, Cohen's kappa, stated stances found, claimed stances right, stances invented, accuracy
 * beside the all-`unstated` baseline and Krippendorff's alpha, per dimension and overall), the
 * accuracy after review of the least certain cells when the coder ranks them, the confusion matrix of each dimension with cells (rows: the codings' stance,
 * columns: the coder's), every disagreement with the coder's evidence as `file:line:column`, the
 * pole it supports, its weight and its quote, and the documents that could not be matched.
 *
 * @param validation
 *   The report.
 * @returns
 *   Text, ending in a newline.
 * @example
 *   toValidationText(report).split('\n')[0]
 *   // => 'Coder `rules` (codebook enhanced-cooperation 1.1.0) against the hand codings of 2 documents'
 */
export function toValidationText(validation: Validation): string {
  const lines = [validationSubject(validation).replaceAll('`', ''), '']
  lines.push(...columns(validationTable(validation), 1))
  const review = reviewLine(validation)
  if (review) lines.push('', review)

  lines.push('', 'Confusion matrices (rows: hand codings, columns: coder)')
  for (const dimension of validation.dimensions) {
    if (dimension.units === 0) continue
    const {stances, counts} = dimension.confusion
    lines.push(
      '',
      ...columns(
        [
          [dimension.dimension, ...stances],
          ...stances.map((stance, index) => [
            `  ${stance}`,
            ...(counts[index] ?? []).map((value) => String(value))
          ])
        ],
        1
      )
    )
  }

  lines.push('', `Disagreements (${validation.disagreements.length})`)
  for (const entry of validation.disagreements) {
    lines.push(
      '',
      `${entry.unit}  ${entry.dimension}: hand codings ${entry.gold}, coder ${entry.coded}`
    )
    if (entry.evidence.length === 0) lines.push('  no evidence')
    for (const item of entry.evidence) {
      lines.push(
        `  ${placeOf(item)}  ${item.pole ?? 'nothing'} (weight ${item.weight})`,
        `    “${item.quote}”`
      )
    }
  }

  if (validation.missingDocuments.length > 0) {
    lines.push('', `Named by the codings but not given: ${validation.missingDocuments.join(', ')}`)
  }
  if (validation.uncodedDocuments.length > 0) {
    const count = validation.uncodedDocuments.length
    lines.push('', `${count} ${count === 1 ? 'document' : 'documents'} given without codings`)
  }
  return `${lines.join('\n')}\n`
}

/** Left-aligned first column, the others right-aligned, two spaces apart. */
function columns(rows: ReadonlyArray<readonly string[]>, left: number): string[] {
  const widths: number[] = []
  for (const row of rows) {
    for (const [index, cell] of row.entries()) {
      widths[index] = Math.max(widths[index] ?? 0, cell.length)
    }
  }
  return rows.map((row) =>
    row
      .map((cell, index) =>
        index < left ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)
      )
      .join('  ')
      .trimEnd()
  )
}
