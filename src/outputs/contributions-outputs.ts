import {escapeLine} from '../messages/excerpt.js'
import {toJsonMessages} from '../messages/to-json-messages.js'
import {stringifyJson} from '../render/stringify-json.js'
import {toSummaryText} from '../render/to-summary-text.js'
import type {Output} from './output.js'

/**
 * The built-in outputs of parsed files (`wgec parse`): `text`, a line per file
 * (`toSummaryText`, paths on one line, their control characters escaped; a file with an error is
 * `not read`), and `json`, an array of `{file, contribution, messages}`.
 *
 * @example
 *   contributionsOutputs.map((output) => output.format) // => ['text', 'json']
 */
export const contributionsOutputs: readonly Output<'contributions'>[] = [
  {
    format: 'text',
    kind: 'contributions',
    extensions: ['.txt'],
    mediaType: 'text/plain',
    render: (files) =>
      toSummaryText(
        files.map((file) => ({
          path: escapeLine(file.path),
          contribution: file.messages.some((message) => message.fatal === true)
            ? undefined
            : file.contribution
        }))
      )
  },
  {
    format: 'json',
    kind: 'contributions',
    extensions: ['.json'],
    mediaType: 'application/json',
    render: (files) =>
      stringifyJson(
        files.map((file) => ({
          file: file.path,
          contribution: file.contribution ?? null,
          messages: toJsonMessages(file.messages)
        }))
      )
  }
]
