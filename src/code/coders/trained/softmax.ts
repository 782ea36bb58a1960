/**
 * The probability of each class for one example, given as the indices of its features.
 *
 * @param weights
 *   Per class, a weight per feature.
 * @param bias
 *   Per class, its bias.
 * @param row
 *   The indices of the features present.
 * @returns
 *   One probability per class, summing to 1.
 */
export function softmax(
  weights: ArrayLike<ArrayLike<number>>,
  bias: ArrayLike<number>,
  row: readonly number[]
): number[] {
  const scores: number[] = []
  for (let label = 0; label < bias.length; label++) {
    const own = weights[label] as ArrayLike<number>
    let score = bias[label] ?? 0
    for (const feature of row) score += own[feature] ?? 0
    scores.push(score)
  }
  const highest = Math.max(...scores)
  const exponentials = scores.map((score) => Math.exp(score - highest))
  const total = exponentials.reduce((sum, value) => sum + value, 0)
  return exponentials.map((value) => value / total)
}
