import type {CoderFactory} from './coder-factory.js'
import {ruleCoder} from './rules/rule-coder.js'
import {checkTrainedCodebook} from './trained/check-trained-codebook.js'
import {createTrainedCoder} from './trained/create-trained-coder.js'

/**
 * The kinds of coder `wgec` has, by id: `rules`, the rule coder of the codebook's indicators,
 * and `trained`, a coder made from a model that `trainCoder` (or `wgec train`) wrote, given as
 * its `model` option. More come from a CLI `--plugin`; in the library, pass a `Coder` itself.
 *
 * @example
 *   builtInCoders.map((factory) => factory.id) // => ['rules', 'trained']
 */
export const builtInCoders: readonly CoderFactory[] = [
  {
    id: 'rules',
    description: 'the rule coder: the codebook’s indicators, with negation, hedges and attribution',
    create: () => ruleCoder
  },
  {
    id: 'trained',
    description: 'a coder trained on hand codings (`wgec train`), from its model',
    options: [
      {
        name: 'model',
        description: 'the trained coder’s model (JSON), from `wgec train`',
        kind: 'json-file',
        required: true
      }
    ],
    create: (options, codebook) => {
      const coder = createTrainedCoder(options.model)
      const mismatch = checkTrainedCodebook(coder.model, codebook)
      if (mismatch !== undefined) throw new TypeError(mismatch)
      return coder
    }
  }
]
