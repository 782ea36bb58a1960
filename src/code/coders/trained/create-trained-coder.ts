import type {Codebook} from '../../../schema/codebook.js'
import type {Contribution} from '../../../schema/contribution.js'
import type {Evidence, Position} from '../../../schema/position.js'
import {type TrainedDimension, TrainedModel} from '../../../schema/trained-model.js'
import type {Coder} from '../coder.js'
import {collectSentences, type SentenceToCode} from '../rules/collect-sentences.js'
import {checkTrainedCodebook} from './check-trained-codebook.js'
import {sentenceFeatures} from './sentence-features.js'
import {softmax} from './softmax.js'

/**
 * A coder made from a trained model (`trainCoder`, `createTrainedCoder`), with the model it uses;
 * it codes synchronously.
 *
 * @example
 *   const coder: TrainedCoder = trainCoder(contributions, codings)
 *   writeFileSync('model.json', JSON.stringify(coder.model))
 */
export interface TrainedCoder extends Coder {
  /** Code one contribution, synchronously: one position per dimension of `codebook`. */
  readonly code: (contribution: Contribution, codebook: Codebook) => Position[]
  /** The model, plain JSON: save it with `JSON.stringify` to use the coder again. */
  readonly model: TrainedModel
}

/** Sentences given as evidence, at most, for a stated stance. */
const evidenceLimit = 3

/**
 * Make a coder from a trained model (`trainCoder(…).model`, saved as JSON and read back). For
 * each dimension it reads which of the model's words and word pairs the contribution's sentences
 * have, takes the stance of highest probability, and says `unstated` when that stance is a pole
 * or `mixed` below the model's threshold, tied with another, or carried by no sentence of the
 * document (a stance from the base rates alone). The score is the probability of the second pole minus
 * that of the first (0 when `unstated`); the evidence is the (at most three) sentences whose
 * features weigh most for the stance against `unstated`, in document order, each with its weight
 * relative to the strongest (1). It has no `indicator` nor flags.
 *
 * @param model
 *   A trained model.
 * @returns
 *   The coder.
 * @throws {TypeError}
 *   When `model` is not a valid trained model; when coding, when the codebook is not the one it
 *   was trained on (another id, a dimension the model lacks, other pole ids; another version of
 *   the same codebook is fine: the coder reads words, not indicators).
 * @example
 *   const coder = createTrainedCoder(JSON.parse(await readFile('model.json', 'utf8')))
 *   coder.code(contribution, defaultCodebook)[0]?.stance // => 'multistakeholder'
 */
export function createTrainedCoder(model: unknown): TrainedCoder {
  const result = TrainedModel.safeParse(model)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new TypeError(
      `Cannot use \`${typeof model === 'object' && model !== null ? 'object' : String(model)}\` for \`model\`, expected a trained model (${issue ? `${issue.path.join('.') || 'model'}: ${issue.message}` : 'invalid'})`
    )
  }
  const trained = result.data
  const byDimension = new Map(trained.dimensions.map((entry) => [entry.dimension, entry]))

  return {
    id: trained.id,
    model: trained,
    code(contribution: Contribution, codebook: Codebook): Position[] {
      const mismatch = checkTrainedCodebook(trained, codebook)
      if (mismatch !== undefined) throw new TypeError(mismatch)
      const sentences = collectSentences(contribution).map((sentence) => ({
        sentence,
        features: sentenceFeatures(sentence.text)
      }))
      const present = new Set(sentences.flatMap((entry) => entry.features))
      return codebook.dimensions.map((dimension) => {
        const learned = byDimension.get(dimension.id) as TrainedDimension
        const [first, second] = learned.poles
        const row = learned.features.flatMap((feature, at) => (present.has(feature) ? [at] : []))
        const probabilities = softmax(learned.weights, learned.bias, row)
        const decided = decide(learned.classes, probabilities, trained.threshold)
        const evidence = decided === 'unstated' ? [] : evidenceFor(learned, decided, sentences)
        // No sentence of the document weighs for it: a stance from the base rates alone is a guess.
        const stance = evidence.length === 0 ? 'unstated' : decided
        const probability = (id: string) => {
          const at = learned.classes.indexOf(id)
          return at === -1 ? 0 : (probabilities[at] ?? 0)
        }
        const score =
          stance === 'unstated'
            ? 0
            : // `|| 0`: no -0 in the output.
              Math.round((probability(second) - probability(first)) * 1000) / 1000 || 0
        return {
          contributionId: contribution.id,
          dimension: dimension.id,
          stance,
          score,
          evidence: stance === 'unstated' ? [] : evidence
        }
      })
    }
  }
}

/**
 * The class of highest probability; `unstated` when it is a pole or `mixed` below the threshold,
 * when another class is as probable, or when the probabilities are not numbers.
 */
function decide(
  classes: readonly string[],
  probabilities: readonly number[],
  threshold: number
): string {
  let best = 0
  for (let at = 1; at < probabilities.length; at++) {
    if ((probabilities[at] ?? 0) > (probabilities[best] ?? 0)) best = at
  }
  const highest = probabilities[best] ?? Number.NaN
  const candidate = classes[best] ?? 'unstated'
  if (candidate === 'unstated') return candidate
  if (!Number.isFinite(highest) || highest < threshold) return 'unstated'
  const tied = probabilities.some((value, at) => at !== best && value === highest)
  return tied ? 'unstated' : candidate
}

/** The sentences whose features weigh most for `stance` against `unstated` (or the others). */
function evidenceFor(
  learned: TrainedDimension,
  stance: string,
  sentences: ReadonlyArray<{sentence: SentenceToCode; features: readonly string[]}>
): Evidence[] {
  const own = learned.weights[learned.classes.indexOf(stance)] ?? []
  const against = learned.classes.includes('unstated')
    ? [learned.weights[learned.classes.indexOf('unstated')] ?? []]
    : learned.weights.filter((_, at) => learned.classes[at] !== stance)
  // What each feature weighs for the stance against the others, once per dimension.
  const lean = new Map(
    learned.features.map((feature, at) => [
      feature,
      (own[at] ?? 0) -
        against.reduce((sum, row) => sum + (row[at] ?? 0), 0) / Math.max(1, against.length)
    ])
  )
  const strength = (features: readonly string[]) =>
    features.reduce((total, feature) => total + (lean.get(feature) ?? 0), 0)

  const ranked = sentences
    .map((entry, order) => ({...entry, order, strength: strength(entry.features)}))
    .filter((entry) => entry.strength > 0)
    .sort((a, b) => b.strength - a.strength || a.order - b.order)
    .slice(0, evidenceLimit)
  const strongest = ranked[0]?.strength ?? 1
  return ranked
    .sort((a, b) => a.order - b.order)
    .map(({sentence, strength}) => ({
      quote: sentence.text,
      place: sentence.place,
      questionId: sentence.questionId,
      pole: stance,
      // Rounded to three places, never to 0: every sentence given weighs for the stance.
      weight: Math.max(0.001, Math.round((strength / strongest) * 1000) / 1000)
    }))
}
