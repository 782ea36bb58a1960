import {meanBy, sum} from 'remeda'
import type {Comparison, Distribution, Row} from '../schema/comparison.js'

/**
 * Split the rows by the attribute they were built with: for each dimension, the distribution of
 * stances in each group (sorted by name) and in the whole. A joint contribution counts once in the
 * whole, and once in each group of its submitters.
 *
 * @param rows
 *   The comparison's rows.
 * @param dimensions
 *   The codebook's dimensions with their poles.
 * @returns
 *   One split per dimension, in the order of `dimensions`.
 * @example
 *   splitRows(rows, dimensions)[0]?.overall.stances // => {intergovernmental: 3, multistakeholder: 5, mixed: 1, unstated: 2}
 */
export function splitRows(
  rows: readonly Row[],
  dimensions: ReadonlyArray<{id: string; poles: readonly [string, string]}>
): Comparison['splits'] {
  return dimensions.map((dimension) => splitDimension(rows, dimension.id, dimension.poles))
}

function splitDimension(rows: readonly Row[], dimension: string, poles: readonly [string, string]) {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    for (const value of row.byAll ?? [row.by]) {
      const members = groups.get(value)
      if (members) members.push(row)
      else groups.set(value, [row])
    }
  }

  return {
    dimension,
    groups: [...groups.keys()]
      .sort(compare)
      .map((value) => describeDistribution(value, groups.get(value) ?? [], dimension, poles)),
    overall: describeDistribution('all', rows, dimension, poles)
  }
}

function describeDistribution(
  group: string,
  rows: readonly Row[],
  dimension: string,
  poles: readonly [string, string]
): Distribution {
  const stances: Record<string, number> = {[poles[0]]: 0, [poles[1]]: 0, mixed: 0, unstated: 0}
  const scores: number[] = []
  for (const row of rows) {
    const cell = row.cells.find((entry) => entry.dimension === dimension)
    const stance = cell?.stance ?? 'unstated'
    stances[stance] = (stances[stance] ?? 0) + 1
    if (cell && stance !== 'unstated') scores.push(cell.score ?? 0)
  }

  const stated = Object.entries(stances)
    .filter(([stance]) => stance !== 'unstated')
    .map(([, count]) => count)
  const total = sum(stated)
  let entropy = 0
  for (const count of stated) if (count > 0) entropy -= (count / total) * Math.log(count / total)
  return {
    group,
    count: rows.length,
    stances,
    divergence: total === 0 ? null : round(entropy / Math.log(stated.length)),
    meanScore: scores.length === 0 ? null : round(meanBy(scores, (score) => score))
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
