import type {Codebook} from '../../../schema/codebook.js'
import type {TrainedModel} from '../../../schema/trained-model.js'

/**
 * Why a trained model cannot code with a codebook: another id, a dimension the model lacks, or
 * other pole ids (another version of the same codebook is fine: the coder reads words, not
 * indicators).
 *
 * @param model
 *   A trained model.
 * @param codebook
 *   The codebook to code with.
 * @returns
 *   The reason, as a `TypeError` message, or `undefined` when the model can code with it.
 */
export function checkTrainedCodebook(model: TrainedModel, codebook: Codebook): string | undefined {
  if (codebook.id !== model.codebook.id) {
    return `Cannot code with codebook \`${codebook.id}\` for \`codebook\`, expected \`${model.codebook.id}\` (coder \`${model.id}\` was trained on it)`
  }
  for (const dimension of codebook.dimensions) {
    const learned = model.dimensions.find((entry) => entry.dimension === dimension.id)
    if (!learned) {
      return `Cannot code dimension \`${dimension.id}\` for \`codebook\`, expected one of ${model.dimensions.map((entry) => `\`${entry.dimension}\``).join(', ')} (coder \`${model.id}\` was not trained on it)`
    }
    const [first, second] = learned.poles
    if (dimension.poles[0].id !== first || dimension.poles[1].id !== second) {
      return `Cannot code dimension \`${dimension.id}\` for \`codebook\`, expected poles \`${first}\` and \`${second}\` (coder \`${model.id}\` was trained on them), not \`${dimension.poles[0].id}\` and \`${dimension.poles[1].id}\``
    }
  }
  return undefined
}
