import type {Contribution} from '../schema/contribution.js'
import type {Position} from '../schema/position.js'
import {formatScore, plural} from './format.js'

/** A coded file: its path, and its contribution and positions when it was read. */
export interface PositionsEntry {
  readonly path: string
  readonly contribution: Contribution | undefined
  readonly positions: readonly Position[] | undefined
}

/**
 * Configuration for `toPositionsText`.
 */
export interface ToPositionsTextOptions {
  /**
   * Whether to list each quote of a position as `file:line:column`, with its indicator, the pole
   * it supports, its weight and its flags.
   *
   * @default false
   */
  readonly explain?: boolean | undefined
}

/**
 * Render the positions of coded files as text: per file, its contribution id, then one line per
 * dimension with the stance, score and how many quotes count.
 *
 * @param entries
 *   The files, in order.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Text, ending in a newline.
 * @example
 *   toPositionsText([{path: 'a.md', contribution: undefined, positions: undefined}]) // => 'a.md: not read\n'
 */
export function toPositionsText(
  entries: readonly PositionsEntry[],
  options?: ToPositionsTextOptions
): string {
  const explain = options?.explain ?? false
  return entries
    .map(({path, contribution, positions}) =>
      contribution && positions
        ? describePositions(path, contribution, positions, explain)
        : `${path}: not read\n`
    )
    .join('\n')
}

function describePositions(
  path: string,
  contribution: Contribution,
  positions: readonly Position[],
  explain: boolean
): string {
  const width = Math.max(0, ...positions.map((position) => position.dimension.length))
  const lines = [`${path}: ${contribution.id}`]
  for (const position of positions) {
    const counted = position.evidence.filter((evidence) => evidence.pole !== null).length
    lines.push(
      `  ${position.dimension.padEnd(width)}  ${position.stance} (score ${formatScore(position.score)}, ${counted} of ${plural(position.evidence.length, 'quote')} counted)`
    )
    if (!explain) continue
    for (const evidence of position.evidence) {
      const flags = [
        evidence.negated && 'negated',
        evidence.hedged && 'hedged',
        evidence.attributed && 'attributed'
      ].filter(Boolean)
      lines.push(
        // Evidence of a coder other than the rule coder may have no indicator: only the pole.
        `    ${path}:${evidence.place.start.line}:${evidence.place.start.column}  ${evidence.indicator === undefined ? '' : `${evidence.indicator} → `}${evidence.pole ?? 'nothing'} (weight ${evidence.weight}${flags.length > 0 ? `; ${flags.join(', ')}` : ''})`,
        `      “${evidence.quote}”`
      )
    }
  }

  return `${lines.join('\n')}\n`
}
