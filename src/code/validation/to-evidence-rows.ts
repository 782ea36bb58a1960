import type {CodedContribution} from '../../schema/coded-contribution.js'
import type {EvidenceRow} from '../../schema/evidence-row.js'

/**
 * Flatten coded contributions into one record per evidence item, in the order of the input, then
 * of the positions, then of the evidence.
 *
 * @param coded
 *   Contributions with their positions.
 * @returns
 *   The evidence records.
 * @throws {TypeError}
 *   When `coded` is not an array.
 * @example
 *   toEvidenceRows([{contribution: cuba, positions: codePositions(cuba), coder: 'rules'}])[0]?.dimension // => 'mechanism'
 */
export function toEvidenceRows(coded: readonly CodedContribution[]): EvidenceRow[] {
  if (!Array.isArray(coded as unknown)) {
    throw new TypeError(
      `Cannot flatten \`${typeof coded}\` for \`coded\`, expected an array of coded contributions`
    )
  }

  return coded.flatMap(({contribution, positions}) =>
    positions.flatMap((position) =>
      position.evidence.map(
        (evidence): EvidenceRow => ({
          contributionId: position.contributionId,
          file: contribution.source.path ?? null,
          dimension: position.dimension,
          stance: position.stance,
          score: position.stance === 'unstated' ? null : position.score,
          pole: evidence.pole,
          weight: evidence.weight,
          quote: evidence.quote,
          line: evidence.place.start.line,
          column: evidence.place.start.column,
          startOffset: evidence.place.start.offset,
          endOffset: evidence.place.end.offset,
          questionId: evidence.questionId,
          indicator: evidence.indicator ?? null,
          negated: evidence.negated ?? null,
          hedged: evidence.hedged ?? null,
          attributed: evidence.attributed ?? null
        })
      )
    )
  )
}
