/**
 * Group submitters into blocs by average-linkage hierarchical clustering of their pairwise
 * similarity, merging the two most similar groups while their average similarity is at least the
 * threshold. Missing similarities count as 0. Deterministic: ties go to the groups that come first.
 *
 * @param keys
 *   Submitter keys, in order.
 * @param matrix
 *   Pairwise similarity (0 to 1), in the order of `keys`.
 * @param threshold
 *   Smallest average similarity at which groups merge.
 * @returns
 *   The blocs, in the order of their first member, with the mean similarity of their members.
 * @example
 *   clusterBlocs(['a', 'b'], [[1, 1], [1, 1]], 0.5) // => [{id: 'bloc-1', members: ['a', 'b'], meanAgreement: 1}]
 */
export function clusterBlocs(
  keys: readonly string[],
  matrix: ReadonlyArray<ReadonlyArray<number | null>>,
  threshold: number
): Array<{id: string; members: string[]; meanAgreement: number | null}> {
  let clusters = keys.map((_, index) => [index])
  // Average similarity between clusters, updated with the Lance-Williams formula.
  let similarity = keys.map((_, i) => keys.map((_, j) => (i === j ? 0 : (matrix[i]?.[j] ?? 0))))

  for (;;) {
    let best = -1
    let bestI = -1
    let bestJ = -1
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const value = similarity[i]?.[j] ?? 0
        if (value > best) {
          best = value
          bestI = i
          bestJ = j
        }
      }
    }

    if (bestI === -1 || best < threshold) break
    const a = clusters[bestI] ?? []
    const b = clusters[bestJ] ?? []
    const merged = [...a, ...b].sort((x, y) => x - y)
    const row = clusters.map((_, k) =>
      k === bestI || k === bestJ
        ? 0
        : ((similarity[bestI]?.[k] ?? 0) * a.length + (similarity[bestJ]?.[k] ?? 0) * b.length) /
          (a.length + b.length)
    )
    clusters = clusters
      .map((cluster, k) => (k === bestI ? merged : cluster))
      .filter((_, k) => k !== bestJ)
    similarity = similarity
      .map((values, k) =>
        k === bestI ? row : values.map((value, l) => (l === bestI ? (row[k] ?? 0) : value))
      )
      .map((values) => values.filter((_, l) => l !== bestJ))
      .filter((_, k) => k !== bestJ)
    similarity[bestI] = row.filter((_, l) => l !== bestJ)
  }

  return clusters
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    .map((members, index) => {
      const pairs: number[] = []
      for (const [position, i] of members.entries()) {
        for (const j of members.slice(position + 1)) {
          const value = matrix[i]?.[j]
          if (value !== null && value !== undefined) pairs.push(value)
        }
      }

      return {
        id: `bloc-${index + 1}`,
        members: members.map((member) => keys[member] ?? ''),
        meanAgreement:
          pairs.length === 0
            ? null
            : Math.round((pairs.reduce((sum, value) => sum + value, 0) / pairs.length) * 1000) /
              1000
      }
    })
}
