import type {Position} from '../../schema/position.js'

/**
 * How uncertain a cell is, from what the coder says of it: the share of runs that did not give
 * its stance (`--runs N`), plus 1 when another coder (`--cross-check rules`) gives another
 * stance. 0 for a cell every run and coder agree on, or one no run or check is known for.
 *
 * @param position
 *   A coded position.
 * @returns
 *   From 0 (certain) up.
 */
export function uncertaintyOf(position: Position | undefined): number {
  if (!position) return 0
  const runs = position.runs ? 1 - position.runs.share : 0
  const check = position.check && position.check.stance !== position.stance ? 1 : 0
  return runs + check
}

/** Whether the cells of these positions carry any runs or checks to rank them by. */
export function hasCertainty(positions: Iterable<Position>): boolean {
  for (const position of positions) if (position.runs || position.check) return true
  return false
}
