import type {Comparison, Row} from '../schema/comparison.js'
import {escapeLatex} from './escape-latex.js'

/**
 * Configuration for `toLatex`.
 */
export interface ToLatexOptions {
  /**
   * Caption of the table, as plain text (it is escaped).
   *
   * @default 'Stance on each dimension and place on the scale from state-centric (-1) to multistakeholder (+1), with its 95% bootstrap interval'
   */
  readonly caption?: string | undefined
  /**
   * Key for `\ref`: letters, digits, `:`, `.`, `_`, `-` and `/`.
   *
   * @default 'tab:comparison'
   */
  readonly label?: string | undefined
}

const defaultCaption =
  'Stance on each dimension and place on the scale from state-centric (-1) to multistakeholder (+1), with its 95% bootstrap interval'

/**
 * Render the comparison matrix as a LaTeX `table` with a booktabs `tabular` (`\toprule`,
 * `\midrule`, `\bottomrule`; load the `booktabs` package).
 *
 * One row per submitter, in `comparison.rows` order: the name, the group (with the UN regional
 * group of a government), the stance on each dimension, written in full (the pole id or
 * `mixed`; `---` when unstated), and the scale mean with its bootstrap interval. Every text is
 * escaped with `escapeLatex`; numbers are set in math mode so that minus signs are minus signs.
 *
 * @param comparison
 *   The comparison to render.
 * @param options
 *   Configuration (optional).
 * @returns
 *   LaTeX source, ending in a newline.
 * @throws {TypeError}
 *   When `options.caption` is not a string, or `options.label` is not a string of letters,
 *   digits, `:`, `.`, `_`, `-` and `/`.
 * @example
 *   toLatex(comparison, {label: 'tab:wgec'}).split('\n').slice(0, 2)
 *   // => ['\\begin{table}', '  \\centering']
 */
export function toLatex(comparison: Comparison, options?: ToLatexOptions): string {
  const caption = options?.caption ?? defaultCaption
  const label = options?.label ?? 'tab:comparison'
  if (typeof caption !== 'string') {
    throw new TypeError(
      `Cannot render \`${String(caption)}\` for \`options.caption\`, expected a string`
    )
  }
  if (typeof label !== 'string' || !/^[\w:./-]+$/.test(label)) {
    throw new TypeError(
      `Cannot render \`${String(label)}\` for \`options.label\`, expected letters, digits, \`:\`, \`.\`, \`_\`, \`-\`, \`/\``
    )
  }

  const head = [
    'Submitter',
    'Group',
    ...comparison.dimensions.map((dimension) => dimension.label),
    'Scale'
  ].map(escapeLatex)
  const body = comparison.rows.map((row) => {
    const cells = new Map(row.cells.map((cell) => [cell.dimension, cell]))
    return [
      escapeLatex(row.name),
      escapeLatex(row.regionalGroup === null ? row.group : `${row.group} (${row.regionalGroup})`),
      ...comparison.dimensions.map((dimension) => {
        const stance = cells.get(dimension.id)?.stance
        return stance === undefined || stance === 'unstated' ? '---' : escapeLatex(stance)
      }),
      scaleOf(row)
    ]
  })
  const columns = `${'l'.repeat(head.length - 1)}r`

  return [
    '\\begin{table}',
    '  \\centering',
    `  \\caption{${escapeLatex(caption)}}`,
    `  \\label{${label}}`,
    `  \\begin{tabular}{${columns}}`,
    '    \\toprule',
    `    ${head.join(' & ')} \\\\`,
    '    \\midrule',
    ...body.map((cells) => `    ${cells.join(' & ')} \\\\`),
    '    \\bottomrule',
    '  \\end{tabular}',
    '\\end{table}',
    ''
  ].join('\n')
}

function scaleOf(row: Row): string {
  const {mean, low, high} = row.scale
  if (mean === null) return '---'
  if (low === null || high === null) return formatNumber(mean)
  return `${formatNumber(mean)} [${formatNumber(low)}, ${formatNumber(high)}]`
}

function formatNumber(value: number): string {
  const text = value.toFixed(2)
  return `$${text === '-0.00' ? '0.00' : text}$`
}
