import type {Agreement} from '../schema/agreement.js'
import {missing, plural} from './format.js'

/**
 * Render an agreement between two coders as a text table: units, percent, Cohen's kappa and
 * Krippendorff's alpha per dimension and overall, then each disagreement and how many codings
 * one coder made alone.
 *
 * @param agreement
 *   The agreement.
 * @returns
 *   Text, ending in a newline.
 * @example
 *   toAgreementText(agreement).split('\n')[0] // => 'dimension  units  percent  kappa   alpha'
 */
export function toAgreementText(agreement: Agreement): string {
  const format = (value: number | null) => (value === null ? missing : value.toFixed(3))
  const rows = [
    ...agreement.dimensions.map((entry) => [entry.dimension, entry]),
    ['overall', agreement.overall]
  ] as Array<[string, Agreement['overall']]>
  const width = Math.max(9, ...rows.map(([name]) => name.length))
  const lines = [`${'dimension'.padEnd(width)}  units  percent  kappa   alpha`]
  for (const [name, scores] of rows) {
    lines.push(
      `${name.padEnd(width)}  ${String(scores.units).padStart(5)}  ${format(scores.percent).padStart(7)}  ${format(scores.kappa).padStart(6)}  ${format(scores.alpha).padStart(6)}`
    )
  }

  if (agreement.disagreements.length > 0) {
    lines.push('', 'Disagreements:')
    for (const entry of agreement.disagreements) {
      lines.push(`  ${entry.contributionId}  ${entry.dimension}: a=${entry.a}, b=${entry.b}`)
    }
  }

  if (agreement.unmatched.length > 0)
    lines.push('', `${plural(agreement.unmatched.length, 'coding')} made by one coder only`)
  return `${lines.join('\n')}\n`
}
