import {defaultCodebook} from '../../../codebooks/default-codebook.js'
import {matchCodings} from '../../../codings/match-codings.js'
import type {Codebook} from '../../../schema/codebook.js'
import type {Coding} from '../../../schema/coding.js'
import type {Contribution} from '../../../schema/contribution.js'
import type {TrainedDimension, TrainedModel} from '../../../schema/trained-model.js'
import {collectSentences} from '../rules/collect-sentences.js'
import {ruleCoder} from '../rules/rule-coder.js'
import {createTrainedCoder, type TrainedCoder} from './create-trained-coder.js'
import {fitLogistic} from './fit-logistic.js'
import {sentenceFeatures} from './sentence-features.js'

/** Configuration for `trainCoder`. */
export interface TrainCoderOptions {
  /**
   * The codebook whose dimensions and stances the codings use.
   *
   * @default the `enhanced-cooperation` codebook
   */
  readonly codebook?: Codebook | undefined
  /**
   * Train on the codings of this part only (their `part`, such as `tuning`).
   *
   * @default undefined (all codings)
   */
  readonly part?: string | undefined
  /**
   * The coder's id (kebab-case), as reports print it.
   *
   * @default 'trained'
   */
  readonly id?: string | undefined
  /**
   * How many features (words and word pairs) each dimension reads: those whose presence differs
   * most between the stances in training.
   *
   * @default 100
   */
  readonly features?: number | undefined
  /**
   * L2 penalty on the weights: higher keeps the model closer to the stances' base rates.
   *
   * @default 0.01
   */
  readonly penalty?: number | undefined
  /**
   * Least probability of a pole or `mixed` for the coder to state it; below, it says `unstated`
   * (as it does when no sentence of the document weighs for the stance).
   *
   * @default 0.7
   */
  readonly threshold?: number | undefined
}

/** A feature is read only when at least this many training documents have it. */
const minimumDocuments = 3
/** Nor when more than this share of them have it: it tells nothing apart. */
const maximumShare = 0.9
const fitting = {iterations: 400, rate: 0.2}

/**
 * Train a coder on hand codings: for each dimension of the codebook, a multinomial logistic
 * regression of the coded stance on which words and word pairs (folded, of three letters or
 * more) a document's sentences have, on the features that differ most between the stances. The
 * coder it gives states a pole or `mixed` only when its probability reaches `threshold`, and
 * gives as evidence the sentences whose words weigh most for the stance. Training is
 * deterministic: the same documents and codings give the same model. Codings are matched to
 * documents as `validateCoder` matches them.
 *
 * Measure it on documents it was not trained on (`validateCoder` with the coder, on a part kept
 * apart): on its own training documents it is always better than it will be.
 *
 * @param contributions
 *   Parsed contributions (with `source.path` when codings name files).
 * @param codings
 *   Hand codings (`readCodings`), at most one per document and dimension.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The coder, whose `model` is plain JSON to save and load again with `createTrainedCoder`.
 * @throws {TypeError}
 *   When an argument or option is invalid (`id` must be kebab-case and not the id of a coder of
 *   `coders`), no coding matches a given document, a coding's stance is not one of its dimension,
 *   or two codings code the same document on the same dimension.
 * @example
 *   const coder = trainCoder(contributions, readCodings(gold).codings, {part: 'tuning'})
 *   coder.model.documents // => 21
 *   (await validateCoder(contributions, readCodings(gold).codings, {coder, part: 'test'})).overall.percent
 *   // => 0.8
 */
export function trainCoder(
  contributions: readonly Contribution[],
  codings: readonly Coding[],
  options: TrainCoderOptions = {}
): TrainedCoder {
  if (!Array.isArray(contributions)) {
    throw new TypeError(
      `Cannot train on \`${typeof contributions}\` for \`contributions\`, expected an array of contributions`
    )
  }
  if (!Array.isArray(codings)) {
    throw new TypeError(
      `Cannot train on \`${typeof codings}\` for \`codings\`, expected an array of codings`
    )
  }
  const codebook = options.codebook ?? defaultCodebook
  if (
    typeof codebook !== 'object' ||
    codebook === null ||
    typeof codebook.id !== 'string' ||
    !Array.isArray(codebook.dimensions)
  ) {
    throw new TypeError(
      `Cannot train with \`${String(codebook)}\` for \`options.codebook\`, expected a Codebook`
    )
  }
  const id = options.id ?? 'trained'
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id === ruleCoder.id) {
    throw new TypeError(
      `Cannot train with \`${String(id)}\` for \`options.id\`, expected a kebab-case id other than \`${ruleCoder.id}\``
    )
  }
  const features = checkNumber(options.features ?? 100, 'features', 1, 100_000, true)
  const penalty = checkNumber(options.penalty ?? 0.01, 'penalty', 0, 100, false)
  const threshold = checkNumber(options.threshold ?? 0.7, 'threshold', 0, 1, false)
  if (options.part !== undefined && typeof options.part !== 'string') {
    throw new TypeError(
      `Cannot train on \`${String(options.part)}\` for \`options.part\`, expected a string`
    )
  }

  const dimensions = codebook.dimensions.map((dimension) => dimension.id)
  const matched = matchCodings(contributions, codings, {part: options.part, dimensions})
  if (matched.documents.size === 0) {
    throw new TypeError(
      `Cannot train on \`${codings.length}\` codings for \`codings\`, expected codings of the given documents${matched.missing.length > 0 ? ` (none of ${matched.missing.slice(0, 3).join(', ')}${matched.missing.length > 3 ? ', …' : ''} was given)` : ''}`
    )
  }

  // In name order, so that the order of the inputs does not change the model.
  const names = [...matched.documents.keys()].sort(compare)
  const present = new Map<string, ReadonlySet<string>>()
  for (const [name, contribution] of matched.documents) {
    present.set(
      name,
      new Set(collectSentences(contribution).flatMap((sentence) => sentenceFeatures(sentence.text)))
    )
  }

  const model: TrainedModel = {
    type: 'wgec-trained-coder',
    formatVersion: 1,
    id,
    codebook: {id: codebook.id, version: codebook.version},
    threshold,
    documents: names.length,
    dimensions: codebook.dimensions.map((dimension) => {
      const stances = [dimension.poles[0].id, dimension.poles[1].id, 'mixed', 'unstated']
      const labelOf = new Map<string, string>()
      for (const coding of matched.codings) {
        if (coding.dimension !== dimension.id) continue
        if (!stances.includes(coding.stance)) {
          throw new TypeError(
            `Cannot train on stance \`${coding.stance}\` of \`${coding.contributionId}\` for dimension \`${dimension.id}\`, expected ${stances.map((stance) => `\`${stance}\``).join(', ')}`
          )
        }
        if (labelOf.has(coding.contributionId)) {
          throw new TypeError(
            `Cannot train on two codings of \`${coding.contributionId}\` for dimension \`${dimension.id}\`, expected one`
          )
        }
        labelOf.set(coding.contributionId, coding.stance)
      }
      const examples = names
        .filter((name) => labelOf.has(name))
        .map((name) => ({
          features: present.get(name) as ReadonlySet<string>,
          label: labelOf.get(name) as string
        }))
      return trainDimension(
        dimension.id,
        [dimension.poles[0].id, dimension.poles[1].id],
        examples,
        {
          features,
          penalty
        }
      )
    })
  }

  return createTrainedCoder(model)
}

function trainDimension(
  dimension: string,
  poles: readonly [string, string],
  examples: ReadonlyArray<{features: ReadonlySet<string>; label: string}>,
  settings: {features: number; penalty: number}
): TrainedDimension {
  const classes = [...new Set(examples.map((example) => example.label))].sort(compare)
  // Nothing to tell apart: the one stance seen (or, with no codings, `unstated`) is the model.
  // With no features, no sentence ever weighs for it, so the coder says `unstated`.
  if (classes.length < 2) {
    return {
      dimension,
      poles: [poles[0], poles[1]],
      classes: classes.length === 0 ? ['unstated'] : classes,
      features: [],
      weights: [[]],
      bias: [0]
    }
  }

  const chosen = chooseFeatures(examples, classes, settings.features)
  const index = new Map(chosen.map((feature, at) => [feature, at]))
  const rows = examples.map((example) =>
    chosen
      .filter((feature) => example.features.has(feature))
      .map((feature) => index.get(feature) as number)
  )
  const {weights, bias} = fitLogistic(
    rows,
    examples.map((example) => classes.indexOf(example.label)),
    {classes: classes.length, features: chosen.length},
    {penalty: settings.penalty, ...fitting}
  )
  return {
    dimension,
    poles: [poles[0], poles[1]],
    classes,
    features: chosen,
    weights: weights.map((row) => row.map(round)),
    bias: bias.map(round)
  }
}

/**
 * The features whose share of documents differs most between one stance and all, weighed by the
 * square root of the stance's count, among those of at least three documents and at most 90%.
 */
function chooseFeatures(
  examples: ReadonlyArray<{features: ReadonlySet<string>; label: string}>,
  classes: readonly string[],
  limit: number
): string[] {
  const total = new Map<string, number>()
  const byClass = new Map(classes.map((label) => [label, new Map<string, number>()]))
  const sizes = new Map(classes.map((label) => [label, 0]))
  for (const example of examples) {
    sizes.set(example.label, (sizes.get(example.label) ?? 0) + 1)
    const own = byClass.get(example.label) as Map<string, number>
    for (const feature of example.features) {
      total.set(feature, (total.get(feature) ?? 0) + 1)
      own.set(feature, (own.get(feature) ?? 0) + 1)
    }
  }

  const scored: Array<[string, number]> = []
  for (const [feature, count] of total) {
    if (count < minimumDocuments || count > examples.length * maximumShare) continue
    const share = count / examples.length
    let best = 0
    for (const label of classes) {
      const size = sizes.get(label) ?? 0
      const own = (byClass.get(label) as Map<string, number>).get(feature) ?? 0
      best = Math.max(best, Math.abs(own / size - share) * Math.sqrt(size))
    }
    scored.push([feature, best])
  }

  return scored
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .slice(0, limit)
    .map(([feature]) => feature)
}

function checkNumber(
  value: unknown,
  name: string,
  minimum: number,
  maximum: number,
  integer: boolean
): number {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < minimum ||
    value > maximum ||
    (integer && !Number.isInteger(value))
  ) {
    throw new TypeError(
      `Cannot train with \`${String(value)}\` for \`options.${name}\`, expected ${integer ? 'an integer' : 'a number'} from ${minimum} to ${maximum}`
    )
  }
  return value
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
