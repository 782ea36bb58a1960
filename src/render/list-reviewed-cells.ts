import type {Comparison} from '../schema/comparison.js'

/**
 * One line per reviewed cell, in the order of the rows and dimensions: the submitter, the
 * dimension, the reviewed stance, the coder's, the reviewer and the note.
 *
 * @param comparison
 *   The comparison.
 * @returns
 *   The lines, empty when nothing was reviewed.
 * @example
 *   listReviewedCells(comparison)[0] // => 'Cuba, Mechanism: multistakeholder (coder: intergovernmental; reviewed by ana: read again)'
 */
export function listReviewedCells(comparison: Comparison): string[] {
  const labels = new Map(comparison.dimensions.map((dimension) => [dimension.id, dimension.label]))
  return comparison.rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      if (cell.provenance?.kind !== 'reviewed') return []
      const by =
        cell.provenance.reviewer === null ? 'reviewed' : `reviewed by ${cell.provenance.reviewer}`
      const note = cell.provenance.note === null ? '' : `: ${cell.provenance.note}`
      return [
        `${row.name}, ${labels.get(cell.dimension) ?? cell.dimension}: ${cell.stance} (coder: ${cell.coderStance ?? cell.stance}; ${by}${note})`
      ]
    })
  )
}
