import {toReviewSheet} from '../review/to-review-sheet.js'
import {checkOutput, givenInputs} from './check-output.js'
import {type CommonOptions, verbosityOf} from './options.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readCoded} from './read-coded.js'
import {readCoder} from './read-coder.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec review`. */
export interface ReviewCommandOptions extends CommonOptions {
  readonly out?: string
  readonly codebook?: string
  readonly coder: string
  readonly concurrency: number
}

/** `wgec review`: the review sheet, one row per contribution and dimension, to fill in. */
export async function runReview(
  paths: string[],
  options: ReviewCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  if (options.out) await checkOutput(options.out, givenInputs(paths, options))
  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  const coder = await readCoder(options.coder, options, registries.coders, codebook)
  const kept = await readCoded(paths, codebook, verbosity, registries, coder, options.concurrency)
  const output = toReviewSheet(kept, {codebook})
  // A terminal gets the sheet with control characters escaped; a file or a pipe, as it is.
  await writeOutput(output, options.out || undefined)
}
