import type {Row} from '../schema/comparison.js'

// The one place where every renderer (Markdown, LaTeX, HTML, the CLI's text) formats the numbers,
// scales and group labels of a comparison, so that the same cell reads the same everywhere.

/** What a renderer writes for a missing value (an unstated cell, a scale with no mean). */
export const missing = '—'

/**
 * Format a score or a mean with two decimals and an ASCII minus, never `-0.00`; `null` (an
 * unstated score) is `missing`.
 *
 * @param value
 *   A number, usually in [-1, 1], or `null`.
 * @returns
 *   The text, such as `-1.00`, `0.00`, `0.50` or `—`.
 * @example
 *   formatScore(-0.004) // => '0.00'
 */
export function formatScore(value: number | null): string {
  if (value === null) return missing
  const text = value.toFixed(2)
  return text === '-0.00' ? '0.00' : text
}

/**
 * Format a cell's stance with its score, or `missing` when it is unstated.
 *
 * @param cell
 *   A cell of a comparison (or anything with a stance and a score).
 * @returns
 *   The text, such as `intergovernmental (-1.00)`, `mixed (0.43)` or `—`.
 * @example
 *   formatStance({stance: 'mixed', score: 0.43}) // => 'mixed (0.43)'
 */
export function formatStance(cell: {
  readonly stance: string
  readonly score: number | null
}): string {
  return cell.stance === 'unstated' || cell.score === null
    ? missing
    : `${cell.stance} (${formatScore(cell.score)})`
}

/**
 * Format a submitter's group, with the UN regional group of a government in parentheses.
 *
 * @param row
 *   A row of a comparison.
 * @returns
 *   The text, such as `government (grulac)` or `civil-society`.
 * @example
 *   formatGroup({group: 'government', regionalGroup: 'weog'}) // => 'government (weog)'
 */
export function formatGroup(row: Pick<Row, 'group' | 'regionalGroup'>): string {
  return row.regionalGroup === null ? row.group : `${row.group} (${row.regionalGroup})`
}

/**
 * Format a row's place on the scale: the mean and its bootstrap interval, `missing` when no
 * dimension is stated.
 *
 * @param scale
 *   The scale of a row.
 * @param score
 *   How to format each number (default: `formatScore`).
 * @returns
 *   The text, such as `-0.90 [-1.00, -0.80]`.
 * @example
 *   formatScale({mean: 1, low: 0.8, high: 1, dimensions: 4}) // => '1.00 [0.80, 1.00]'
 */
export function formatScale(
  scale: Row['scale'],
  score: (value: number) => string = formatScore
): string {
  const {mean, low, high} = scale
  if (mean === null) return missing
  if (low === null || high === null) return score(mean)
  return `${score(mean)} [${score(low)}, ${score(high)}]`
}

const pluralRules = new Intl.PluralRules('en')

/**
 * Count a noun in English, with its plural chosen by `Intl.PluralRules`.
 *
 * @param count
 *   How many.
 * @param one
 *   The singular (`citation`).
 * @param other
 *   The plural (default: the singular and `s`).
 * @returns
 *   The text, such as `1 citation` or `2 citations`.
 * @example
 *   plural(1, 'quote') // => '1 quote'
 *   plural(0, 'body', 'bodies') // => '0 bodies'
 */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count} ${pluralRules.select(count) === 'one' ? one : other}`
}
