import type {Coding} from '../schema/coding.js'
import type {Contribution} from '../schema/contribution.js'

/** Codings matched to the documents they code. */
export interface MatchedCodings {
  /** Each coded document by its name (the codings' `file`, else their `contributionId`). */
  readonly documents: ReadonlyMap<string, Contribution>
  /** The codings kept, each with the document's name as `contributionId`. */
  readonly codings: readonly Coding[]
  /** Names the codings give that no contribution has. */
  readonly missing: readonly string[]
}

/**
 * Match hand codings to the contributions they code, as `validateCoder` and `trainCoder` do: a
 * coding names its document by `file`, matched against the base name of the contribution's
 * `source.path`, else by `contributionId`, matched against the contribution's `id`; the first
 * contribution that matches is taken, and a contribution matched under two names keeps the first.
 * Only codings of `part` (when given) and of `dimensions` are
 * kept.
 *
 * @param contributions
 *   Parsed contributions.
 * @param codings
 *   Hand codings.
 * @param filter
 *   The part and the dimensions to keep.
 * @returns
 *   The documents, the codings kept (named by document) and the names not found.
 */
export function matchCodings(
  contributions: readonly Contribution[],
  codings: readonly Coding[],
  filter: {readonly part: string | undefined; readonly dimensions: readonly string[]}
): MatchedCodings {
  const byFile = new Map<string, Contribution>()
  const byId = new Map<string, Contribution>()
  for (const contribution of contributions) {
    const file = baseName(contribution.source?.path)
    if (file !== undefined && !byFile.has(file)) byFile.set(file, contribution)
    if (!byId.has(contribution.id)) byId.set(contribution.id, contribution)
  }

  const documents = new Map<string, Contribution>()
  // A document coded under two names (its file, its id) is one document, named as first met.
  const nameOf = new Map<Contribution, string>()
  const missing = new Set<string>()
  const kept: Coding[] = []
  for (const coding of codings) {
    if (filter.part !== undefined && coding.part !== filter.part) continue
    if (!filter.dimensions.includes(coding.dimension)) continue
    const name = coding.file ?? coding.contributionId
    const contribution =
      coding.file === undefined ? byId.get(coding.contributionId) : byFile.get(coding.file)
    if (!contribution) {
      missing.add(name)
      continue
    }
    const known = nameOf.get(contribution) ?? name
    if (!nameOf.has(contribution)) {
      nameOf.set(contribution, known)
      documents.set(known, contribution)
    }
    kept.push({contributionId: known, dimension: coding.dimension, stance: coding.stance})
  }

  return {
    documents,
    codings: kept,
    missing: [...missing].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))
  }
}

function baseName(path: string | undefined): string | undefined {
  if (path === undefined) return undefined
  return path.split(/[\\/]/).pop()
}
