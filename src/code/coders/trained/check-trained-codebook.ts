import {excerpt, maxIdExcerpt} from '../../../messages/excerpt.js'
import {quoteList} from '../../../messages/quote-list.js'
import type {Codebook} from '../../../schema/codebook.js'
import type {TrainedModel} from '../../../schema/trained-model.js'

/**
 * Why a trained model cannot code with a codebook: another id, no dimension learnt at all, a
 * dimension the model lacks, or other pole ids (another version of the same codebook is fine: the coder reads words, not
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
  const coder = excerpt(model.id, maxIdExcerpt)
  if (codebook.id !== model.codebook.id) {
    return `Cannot code with codebook \`${excerpt(codebook.id, maxIdExcerpt)}\` for \`codebook\`, expected \`${excerpt(model.codebook.id, maxIdExcerpt)}\` (coder \`${coder}\` was trained on it)`
  }
  if (model.dimensions.length === 0) {
    return `Cannot code with coder \`${coder}\`, expected a model trained on at least one dimension of codebook \`${excerpt(codebook.id, maxIdExcerpt)}\` (its \`dimensions\` is empty: train it again with \`wgec train\` on hand codings of the codebook's dimensions)`
  }
  for (const dimension of codebook.dimensions) {
    const learned = model.dimensions.find((entry) => entry.dimension === dimension.id)
    if (!learned) {
      return `Cannot code dimension \`${excerpt(dimension.id, maxIdExcerpt)}\` for \`codebook\`, expected one of ${quoteList(model.dimensions.map((entry) => entry.dimension))} (coder \`${coder}\` was not trained on it)`
    }
    const [first, second] = learned.poles
    if (dimension.poles[0].id !== first || dimension.poles[1].id !== second) {
      const [one, two, given, other] = [
        first,
        second,
        ...dimension.poles.map((pole) => pole.id)
      ].map((id) => excerpt(id, maxIdExcerpt))
      return `Cannot code dimension \`${excerpt(dimension.id, maxIdExcerpt)}\` for \`codebook\`, expected poles \`${one}\` and \`${two}\` (coder \`${coder}\` was trained on them), not \`${given}\` and \`${other}\``
    }
  }
  return undefined
}
