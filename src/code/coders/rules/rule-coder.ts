import {createResampler} from '../../../evidence/weigh-evidence.js'
import {createMessage} from '../../../messages/create-message.js'
import type {Coder} from '../coder.js'
import {codePositions} from './code-positions.js'

/**
 * The rule coder, id `rules`: `codePositions` behind the `Coder` interface, a dictionary coder
 * with rules for negation, hedging and attribution whose evidence has the indicator and the
 * flags. Its bootstrap resamples the sentences of a dimension and weighs them as `weighEvidence`
 * does.
 *
 * @example
 *   ruleCoder.code(cuba, defaultCodebook)[0]?.stance // => 'intergovernmental'
 */
export const ruleCoder: Coder = {
  id: 'rules',
  code: (contribution, codebook, context) => {
    // A document in a language the codebook has no indicators for is not read: say so.
    const language = contribution.language.split('-')[0]?.toLowerCase() ?? 'und'
    if (language !== 'und' && !codebook.languages.includes(language))
      context?.report?.(
        createMessage('language-not-in-codebook', {
          language: contribution.language,
          codebook: `${codebook.id} ${codebook.version}`,
          languages: codebook.languages.map((entry) => `\`${entry}\``).join(', ')
        })
      )
    return codePositions(contribution, {codebook})
  },
  createResampler: (position, poles) => createResampler(position.evidence, poles)
}
