import type {Coder, Resample} from '../code/coders/coder.js'
import type {Cell} from '../schema/comparison.js'
import type {Position} from '../schema/position.js'
import {createRandom} from './create-random.js'

/** How to bootstrap a submitter's place on the scale. */
export interface Bootstrap {
  /** The coder whose `createResampler` draws each position's replicates. */
  readonly coder: Coder
  /** Bootstrap replicates (0 for none). */
  readonly samples: number
  /** Seed of the whole run. */
  readonly seed: number
}

/** A submitter's stated cells and their mean score, whose interval is bootstrapped. */
export interface StatedCells {
  /** The row's key, which names the submitter's random stream. */
  readonly key: string
  /** The cells with a stated stance (at least one). */
  readonly cells: readonly Cell[]
  /** The mean of their scores, rounded. */
  readonly mean: number
  /** The coder's positions on the contribution, with their evidence. */
  readonly positions: readonly Position[]
}

/**
 * Bootstrap the interval of a submitter's place on the scale: the 2.5th and 97.5th percentiles
 * (widened to hold the mean) of replicates of the mean score, each stated dimension drawn by the
 * coder's resampler from its evidence, from a random stream seeded by the seed and the row's key.
 * A dimension with nothing to resample, and a cell whose stance a review changed (it has no
 * evidence of its own), count with their own score; with no replicates, the interval is the mean.
 *
 * @param stated
 *   The submitter's stated cells, their mean, its key and positions.
 * @param dimensions
 *   The codebook's dimensions with their poles.
 * @param bootstrap
 *   The coder, the number of replicates and the seed.
 * @returns
 *   The low and high ends of the interval.
 * @example
 *   bootstrapInterval({key: 'cuba', cells, mean: -1, positions}, dimensions, {coder, samples: 0, seed: 1}) // => {low: -1, high: -1}
 */
export function bootstrapInterval(
  {key, cells, mean, positions}: StatedCells,
  dimensions: ReadonlyArray<{id: string; poles: [string, string]}>,
  {coder, samples, seed}: Bootstrap
): {low: number; high: number} {
  if (samples === 0) return {low: mean, high: mean}

  const random = createRandom(seed, key)
  const resamplers = cells.map((cell): Resample => {
    const position = positions.find((candidate) => candidate.dimension === cell.dimension)
    const poles = dimensions.find((dimension) => dimension.id === cell.dimension)?.poles
    const changed = cell.coderStance !== undefined && cell.coderStance !== cell.stance
    if (
      changed ||
      !position ||
      !poles ||
      position.evidence.length === 0 ||
      !coder.createResampler
    ) {
      return () => cell.score ?? 0
    }
    return coder.createResampler(position, poles)
  })
  const means: number[] = []
  for (let sample = 0; sample < samples; sample++) {
    let sum = 0
    for (const resample of resamplers) sum += resample(random)
    means.push(sum / resamplers.length)
  }

  means.sort((a, b) => a - b)
  const at = (share: number) =>
    means[Math.min(means.length - 1, Math.max(0, Math.round(share * (means.length - 1))))] ?? mean
  return {low: round(Math.min(at(0.025), mean)), high: round(Math.max(at(0.975), mean))}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
