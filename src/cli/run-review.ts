import {writeFile} from 'node:fs/promises'
import process from 'node:process'
import {codePositions} from '../code/code-positions.js'
import {selectDocuments} from '../compare/select-documents.js'
import {toReviewSheet} from '../review/to-review-sheet.js'
import {type CommonOptions, verbosityOf} from './options.js'
import {isolate, report} from './output.js'
import {readCodebook} from './read-codebook.js'
import {readContributions} from './read-contributions.js'
import {reportExcluded} from './report-excluded.js'

/** Options of `wgec review`. */
export interface ReviewCommandOptions extends CommonOptions {
  readonly out?: string
  readonly codebook?: string
}

/** `wgec review`: the review sheet, one row per contribution and dimension, to fill in. */
export async function runReview(paths: string[], options: ReviewCommandOptions): Promise<void> {
  const verbosity = verbosityOf(options)
  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  const read = await readContributions(paths, verbosity, (file) => {
    const {contribution} = file
    const positions = contribution
      ? isolate(file.messages, () => codePositions(contribution, {codebook}))
      : undefined
    return {
      path: file.path,
      messages: file.messages,
      coded: contribution && positions ? {contribution, positions} : undefined
    }
  })
  await report(read, verbosity)
  const {kept, excluded} = selectDocuments(
    read.flatMap((file) => (file.coded ? [file.coded] : [])),
    false
  )
  await reportExcluded(excluded, verbosity)
  const output = toReviewSheet(kept, {codebook})
  if (options.out) await writeFile(options.out, output)
  else process.stdout.write(output)
}
