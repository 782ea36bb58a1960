import {createMessage} from '../messages/create-message.js'
import type {Excluded} from '../schema/comparison.js'
import {report, type Verbosity} from './output.js'

/** Warn about the documents a comparison leaves out, on the file of each. */
export async function reportExcluded(
  excluded: readonly Excluded[],
  verbosity: Verbosity
): Promise<void> {
  await report(
    excluded.map((entry) => {
      const path = entry.path ?? entry.contributionId
      return {
        path,
        messages: [
          entry.reason === 'duplicate-document'
            ? createMessage('duplicate-document', {
                path,
                duplicateOf: entry.duplicateOf ?? entry.contributionId
              })
            : createMessage('not-a-contribution', {})
        ]
      }
    }),
    verbosity
  )
}
