// A coder for leave-one-document-out cross-validation of the trained coder, shared by
// bench/validate-code.js and bench/train-settings.js: each document is coded by a coder trained
// (`trainCoder`, with `settings`) on the codings of every other document.
import {trainCoder} from '../dist/index.js'

/**
 * @param {readonly import('../dist/index.js').Contribution[]} contributions
 * @param {readonly import('../dist/index.js').Coding[]} codings Codings that name their file.
 * @param {import('../dist/index.js').TrainCoderOptions} [settings]
 * @returns {import('../dist/index.js').Coder}
 */
export function crossValidatedCoder(contributions, codings, settings = {}) {
  const trained = new Map()
  return {
    id: 'trained-cv',
    code(contribution, codebook) {
      const left = contribution.source?.path?.split(/[\\/]/).pop()
      if (!trained.has(left)) {
        const others = codings.filter((coding) => coding.file !== left)
        trained.set(left, trainCoder(contributions, others, settings))
      }
      return trained.get(left).code(contribution, codebook)
    }
  }
}
