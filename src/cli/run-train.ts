import process from 'node:process'
import {ruleCoder} from '../code/coders/rules/rule-coder.js'
import {trainCoder} from '../code/coders/trained/train-coder.js'
import {matchCodings} from '../codings/match-codings.js'
import {checkOutput, givenInputs} from './check-output.js'
import {type CommonOptions, UsageError, verbosityOf} from './options.js'
import {report} from './output.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readCodingFiles} from './read-coding-files.js'
import {readContributions} from './read-contributions.js'
import {writeJson} from './write-output.js'

/** Options of `wgec train`. */
export interface TrainCommandOptions extends CommonOptions {
  readonly codings: string
  readonly part?: string
  readonly codebook?: string
  readonly out?: string
  readonly id?: string
  readonly features?: number
  readonly penalty?: number
  readonly threshold?: number
}

/** `wgec train`: a coder trained on hand codings, its model written as JSON. */
export async function runTrain(
  paths: string[],
  options: TrainCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  if (options.out === '') {
    throw new UsageError('Cannot write to `` for `--out`, expected a file path')
  }
  if (options.out !== undefined) await checkOutput(options.out, givenInputs(paths, options))
  if (
    options.id !== undefined &&
    (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.id) || options.id === ruleCoder.id)
  ) {
    throw new UsageError(
      `Cannot use \`${options.id}\` for \`--id\`, expected a kebab-case id other than \`${ruleCoder.id}\``
    )
  }
  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  const codings = await readCodingFiles([options.codings], verbosity, {
    codebook,
    coder: 'of the hand codings'
  })
  const files = await readContributions(paths, verbosity, (file) => file, {
    registries
  })
  const contributions = files.flatMap((file) => (file.parsed ? [file.parsed] : []))
  const dimensions = codebook.dimensions.map((dimension) => dimension.id)
  const matched = matchCodings(contributions, codings, {part: options.part, dimensions})
  // Only the documents trained on: a corpus folder holds many more than the coded sample.
  const used = new Set([...matched.documents.values()])
  await report(
    files.filter((file) => !file.parsed || used.has(file.parsed)),
    verbosity
  )
  if (matched.documents.size === 0) {
    const parts = [...new Set(codings.flatMap((coding) => coding.part ?? []))].sort()
    const known = parts.length === 0 ? '' : ` (parts: ${parts.join(', ')})`
    const part = options.part === undefined ? '' : ` in part \`${options.part}\`${known}`
    process.stderr.write(`wgec: no document given has codings${part}\n`)
    process.exitCode = 1
    return
  }

  // Content problems (two codings of one cell, say) exit 1, as any error in the data does.
  const {model} = trainCoder(contributions, codings, {
    codebook,
    part: options.part,
    id: options.id,
    features: options.features,
    penalty: options.penalty,
    threshold: options.threshold
  })
  if (verbosity !== 'quiet') {
    process.stderr.write(
      `wgec: trained \`${model.id}\` on ${model.documents} document${model.documents === 1 ? '' : 's'} (codebook ${model.codebook.id} ${model.codebook.version})\n`
    )
  }
  await writeJson(model, options.out)
}
