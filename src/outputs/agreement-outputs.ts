import {stringifyJson} from '../render/stringify-json.js'
import {toAgreementText} from '../render/to-agreement-text.js'
import type {Output} from './output.js'

/**
 * The built-in outputs of an agreement between two coders (`wgec agree`): `text`
 * (`toAgreementText`) and `json`.
 *
 * @example
 *   agreementOutputs.map((output) => output.format) // => ['text', 'json']
 */
export const agreementOutputs: readonly Output<'agreement'>[] = [
  {
    format: 'text',
    kind: 'agreement',
    extensions: ['.txt'],
    mediaType: 'text/plain',
    render: (agreement) => toAgreementText(agreement)
  },
  {
    format: 'json',
    kind: 'agreement',
    extensions: ['.json'],
    mediaType: 'application/json',
    render: (agreement) => stringifyJson(agreement)
  }
]
