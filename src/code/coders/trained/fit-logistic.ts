import {softmax} from './softmax.js'

/** A fitted multinomial logistic regression: per class, a weight per feature and a bias. */
export interface Logistic {
  readonly weights: number[][]
  readonly bias: number[]
}

/** Settings of `fitLogistic`. */
export interface FitLogisticOptions {
  /** L2 penalty on the weights (not on the biases). */
  readonly penalty: number
  /** Steps of full-batch gradient descent, from all weights 0. */
  readonly iterations: number
  /** Step size. */
  readonly rate: number
}

/**
 * Fit a multinomial logistic regression on binary features by full-batch gradient descent from
 * zero, with an L2 penalty: deterministic, the same rows give the same model.
 *
 * @param rows
 *   Each example as the indices of its features that are present.
 * @param labels
 *   Each example's class, from 0 to `classes - 1`.
 * @param shape
 *   How many classes and features there are.
 * @param options
 *   Penalty, iterations and step size.
 * @returns
 *   The weights and biases.
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  shape: {readonly classes: number; readonly features: number},
  options: FitLogisticOptions
): Logistic {
  const weights = Array.from({length: shape.classes}, () => new Float64Array(shape.features))
  const bias = new Float64Array(shape.classes)
  const gradient = Array.from({length: shape.classes}, () => new Float64Array(shape.features))
  const biasGradient = new Float64Array(shape.classes)
  const count = Math.max(1, rows.length)

  for (let step = 0; step < options.iterations; step++) {
    for (const row of gradient) row.fill(0)
    biasGradient.fill(0)
    for (const [index, row] of rows.entries()) {
      const probabilities = softmax(weights, bias, row)
      for (let label = 0; label < shape.classes; label++) {
        const error = (probabilities[label] ?? 0) - (labels[index] === label ? 1 : 0)
        const own = gradient[label] as Float64Array
        for (const feature of row) own[feature] = (own[feature] ?? 0) + error
        biasGradient[label] = (biasGradient[label] ?? 0) + error
      }
    }
    for (let label = 0; label < shape.classes; label++) {
      const own = weights[label] as Float64Array
      const grad = gradient[label] as Float64Array
      for (let feature = 0; feature < shape.features; feature++) {
        const weight = own[feature] ?? 0
        own[feature] =
          weight - options.rate * ((grad[feature] ?? 0) / count + options.penalty * weight)
      }
      bias[label] = (bias[label] ?? 0) - (options.rate * (biasGradient[label] ?? 0)) / count
    }
  }

  return {weights: weights.map((row) => [...row]), bias: [...bias]}
}
