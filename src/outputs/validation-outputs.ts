import {stringifyJson} from '../render/stringify-json.js'
import {toValidationMarkdown} from '../render/to-validation-markdown.js'
import {toValidationText} from '../render/to-validation-text.js'
import type {Output} from './output.js'

/**
 * The built-in outputs of a validation of a coder (`wgec validate`): `text`
 * (`toValidationText`), `json` and `md` (`toValidationMarkdown`).
 *
 * @example
 *   validationOutputs.map((output) => output.format) // => ['text', 'json', 'md']
 */
export const validationOutputs: readonly Output<'validation'>[] = [
  {
    format: 'text',
    kind: 'validation',
    extensions: ['.txt'],
    mediaType: 'text/plain',
    render: (validation) => toValidationText(validation)
  },
  {
    format: 'json',
    kind: 'validation',
    extensions: ['.json'],
    mediaType: 'application/json',
    render: (validation) => stringifyJson(validation)
  },
  {
    format: 'md',
    kind: 'validation',
    extensions: ['.md', '.markdown'],
    mediaType: 'text/markdown',
    render: (validation) => toValidationMarkdown(validation)
  }
]
