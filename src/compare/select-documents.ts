import type {CodedContribution} from '../schema/coded-contribution.js'
import type {Excluded} from '../schema/comparison.js'

/** What `selectDocuments` returns. */
export interface SelectedDocuments {
  readonly kept: CodedContribution[]
  readonly excluded: Excluded[]
}

/**
 * Keep one copy of each document (by SHA-256: the first in the given order) and, unless asked to
 * keep them, leave out documents that are no contribution: no answer to a known question, no
 * submitter and no stated stance.
 *
 * @param coded
 *   Coded contributions, in the order of precedence (the first copy of a document is kept).
 * @param keepNonContributions
 *   Whether to keep documents that are no contribution.
 * @returns
 *   The documents kept, and those left out with the reason.
 * @example
 *   selectDocuments([cuba, cuba], false).excluded[0]?.reason // => 'duplicate-document'
 */
export function selectDocuments(
  coded: readonly CodedContribution[],
  keepNonContributions: boolean
): SelectedDocuments {
  const first = new Map<string, CodedContribution>()
  const kept: CodedContribution[] = []
  const excluded: Excluded[] = []
  for (const entry of coded) {
    const {source, id} = entry.contribution
    const original = first.get(source.sha256)
    if (original) {
      excluded.push({
        contributionId: id,
        path: source.path ?? null,
        sha256: source.sha256,
        reason: 'duplicate-document',
        duplicateOf: original.contribution.source.path ?? null
      })
      continue
    }

    first.set(source.sha256, entry)
    if (!keepNonContributions && isNotAContribution(entry)) {
      excluded.push({
        contributionId: id,
        path: source.path ?? null,
        sha256: source.sha256,
        reason: 'not-a-contribution',
        duplicateOf: null
      })
      continue
    }

    kept.push(entry)
  }

  return {kept, excluded}
}

function isNotAContribution({contribution, positions}: CodedContribution): boolean {
  return (
    !contribution.answers.some((answer) => answer.questionId !== null) &&
    (contribution.submitter.name ?? null) === null &&
    positions.every((position) => position.stance === 'unstated')
  )
}
