import type {Cell, Comparison, Distribution, Row} from '../schema/comparison.js'
import {describeProvenance, describeReview, isReviewed, reviewMark} from './describe-comparison.js'
import {escapeLatex} from './escape-latex.js'
import {formatGroup, formatScale, formatScore} from './format.js'

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
   * Key for `\ref`: letters, digits, `:`, `.`, `_`, `-` and `/`. The split table, when there is
   * one, gets the same key followed by `-by`.
   *
   * @default 'tab:comparison'
   */
  readonly label?: string | undefined
  /**
   * Whether to add a second table: the mean score of each group (`comparison.by`) on each
   * dimension, with how many of its submitters state a stance.
   *
   * @default false
   */
  readonly splits?: boolean | undefined
}

const defaultCaption =
  'Stance on each dimension and place on the scale from state-centric (-1) to multistakeholder (+1), with its 95% bootstrap interval'

/** What the output needs in the preamble, written as a comment at its top. */
export const latexPreamble = [
  '% Table made by wgec. In the preamble of a one-column document (such as `article`):',
  '%   \\usepackage[T1]{fontenc}    % prints " < > | and accented letters as themselves',
  '%   \\usepackage[utf8]{inputenc} % the default since LaTeX 2018; names are UTF-8',
  '%   \\usepackage{lmodern}        % or any font with T1 glyphs',
  '%   \\usepackage{array,booktabs,longtable}'
]

// Column widths, in em of \footnotesize: wide enough for `$-1.00$` with the mixed marker, and
// for an interval `[$-1.00$, $-0.80$]`, so that the name column takes what is left.
const scoreWidth = 3.4
const scaleWidth = 6.3
const splitWidth = 2.8
const countWidth = 1.8

/**
 * Render the comparison as LaTeX: a booktabs `longtable` of submitters by dimensions, as wide as
 * the text (`\linewidth`), that breaks across pages; with `options.splits`, a second table of the
 * mean score by group.
 *
 * The output starts with a comment naming the packages it needs: `fontenc` with `T1` (so that
 * `"`, `<`, `>`, `|` and accented letters print), `inputenc` with `utf8`, `lmodern`, `array`,
 * `booktabs` and `longtable`; it compiles with `pdflatex` in a default `article` on A4 or Letter.
 * To fit the text width, the names wrap in the first column (with the group under the name), the
 * dimensions are numbered in the header and named in a key under the table, and each cell gives
 * the score (from `-1`, the first pole, to `+1`), marked with a superscript `m` when the stance
 * is `mixed`, or `---` when unstated, and followed by a superscript `\dag` when a review decided
 * it. The last column is the scale mean with its bootstrap interval. The caption then says what a
 * review changed and how the table was made (provenance); the list of tables shows the caption
 * alone. Numbers are set in math mode so that minus signs are minus signs; every text is
 * escaped with `escapeLatex`. Names cover Latin scripts (pdflatex with T1); for other scripts
 * compile with XeLaTeX or LuaLaTeX and `fontspec`.
 *
 * @param comparison
 *   The comparison to render.
 * @param options
 *   Configuration (optional).
 * @returns
 *   LaTeX source, ending in a newline.
 * @throws {TypeError}
 *   When `options.caption` is not a string, `options.label` is not a string of letters, digits,
 *   `:`, `.`, `_`, `-` and `/`, or `options.splits` is not a boolean.
 * @example
 *   toLatex(comparison, {label: 'tab:wgec'}).includes('\\label{tab:wgec}') // => true
 */
export function toLatex(comparison: Comparison, options?: ToLatexOptions): string {
  const caption = options?.caption ?? defaultCaption
  const label = options?.label ?? 'tab:comparison'
  const splits = options?.splits ?? false
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
  if (typeof splits !== 'boolean') {
    throw new TypeError(
      `Cannot render \`${String(splits)}\` for \`options.splits\`, expected \`true\`, \`false\``
    )
  }

  const lines = [...latexPreamble, ...matrixTable(comparison, caption, label)]
  if (splits) lines.push('', ...splitTable(comparison, label))
  return `${lines.join('\n')}\n`
}

function matrixTable(comparison: Comparison, caption: string, label: string): string[] {
  const {dimensions} = comparison
  const count = dimensions.length
  const columns = [
    nameColumn(count + 2, count * scoreWidth + scaleWidth),
    ...dimensions.map(() => `>{\\raggedleft\\arraybackslash}p{${scoreWidth}em}`),
    `>{\\raggedleft\\arraybackslash}p{${scaleWidth}em}@{}`
  ]
  const head = `    Submitter & ${dimensions.map((_, index) => index + 1).join(' & ')} & Scale \\\\`
  const key = `Dimensions, from the first pole ($-1$) to the second ($+1$): ${dimensions
    .map(
      (dimension, index) =>
        `${index + 1}~${escapeLatex(dimension.label)}, ${escapeLatex(dimension.poles[0])} to ${escapeLatex(dimension.poles[1])}`
    )
    .join(
      '; '
    )}. A cell is the score of the stance; \\textsuperscript{m}~marks a mixed stance; ---~unstated. Scale: the mean of the stated scores, with its 95\\% bootstrap interval.`
  const body = comparison.rows.map((row) => {
    const cells = new Map(row.cells.map((cell) => [cell.dimension, cell]))
    return `    ${[nameCell(row), ...dimensions.map((dimension) => scoreCell(cells.get(dimension.id))), scaleCell(row)].join(' & ')} \\\\`
  })
  // The review and the provenance are said in the caption; the list of tables has the caption only.
  const said = [describeReview(comparison), describeProvenance(comparison)].filter(
    (line) => line !== undefined
  )
  // The caption ends as a sentence when more follows.
  const first = said.length === 0 || /[.!?]$/.test(caption) ? caption : `${caption}.`
  const full = [first, ...said]
    .filter((line) => line !== '')
    .map((line) =>
      escapeLatex(line)
        .replaceAll(reviewMark, '\\dag{}')
        // A SHA-256 is one long word: let it break, so that the caption fits a narrow page.
        .replaceAll(/([\da-f]{16})(?=[\da-f]{8})/g, '$1\\allowbreak{}')
    )
    .join(' ')
  return longtable(columns, {short: escapeLatex(caption), full}, label, head, key, body)
}

function splitTable(comparison: Comparison, label: string): string[] {
  const {dimensions} = comparison
  const count = dimensions.length
  const columns = [
    nameColumn(count + 2, count * splitWidth + countWidth),
    `>{\\raggedleft\\arraybackslash}p{${countWidth}em}`,
    ...dimensions.map(
      (_, index) =>
        `>{\\raggedleft\\arraybackslash}p{${splitWidth}em}${index === count - 1 ? '@{}' : ''}`
    )
  ]
  const head = `    ${escapeLatex(capitalize(comparison.by))} & $n$ & ${dimensions.map((_, index) => index + 1).join(' & ')} \\\\`
  const key = `Dimensions as in the comparison table: ${dimensions
    .map((dimension, index) => `${index + 1}~${escapeLatex(dimension.label)}`)
    .join(
      '; '
    )}. A cell is the mean score of the group's submitters that state a stance on the dimension, and under it (in parentheses) how many do; ---~none does.`
  const body = comparison.splits.length === 0 ? [] : splitRows(comparison)
  const caption = escapeLatex(`Mean score on each dimension, by ${comparison.by}`)
  return longtable(columns, {short: caption, full: caption}, `${label}-by`, head, key, body)
}

function splitRows(comparison: Comparison): string[] {
  const byDimension = new Map(comparison.splits.map((split) => [split.dimension, split]))
  const groups = comparison.splits[0]?.groups.map((group) => group.group) ?? []
  const line = (
    name: string,
    pick: (split: Comparison['splits'][number]) => Distribution | undefined
  ) => {
    const distributions = comparison.dimensions.map((dimension) => {
      const split = byDimension.get(dimension.id)
      return split === undefined ? undefined : pick(split)
    })
    const total = distributions.find((distribution) => distribution !== undefined)?.count ?? 0
    return `    ${[breakable(name), `$${total}$`, ...distributions.map(splitCell)].join(' & ')} \\\\`
  }
  return [
    ...groups.map((group) =>
      line(group, (split) => split.groups.find((each) => each.group === group))
    ),
    '    \\midrule',
    line('all', (split) => split.overall)
  ]
}

function longtable(
  columns: readonly string[],
  caption: {readonly short: string; readonly full: string},
  label: string,
  head: string,
  key: string,
  body: readonly string[]
): string[] {
  const width = columns.length
  return [
    '\\begingroup',
    '\\footnotesize',
    '\\setlength{\\tabcolsep}{3pt}',
    `\\begin{longtable}{${columns.join('')}}`,
    `  \\caption${caption.full === caption.short ? '' : `[{${caption.short}}]`}{${caption.full}}\\label{${label}} \\\\`,
    '    \\toprule',
    head,
    '    \\midrule',
    '  \\endfirsthead',
    `    \\multicolumn{${width}}{@{}l@{}}{\\tablename~\\thetable{} (continued)} \\\\`,
    '    \\toprule',
    head,
    '    \\midrule',
    '  \\endhead',
    '    \\midrule',
    `    \\multicolumn{${width}}{@{}r@{}}{(continued on the next page)} \\\\`,
    '  \\endfoot',
    '    \\bottomrule',
    `    \\multicolumn{${width}}{@{}p{\\linewidth}@{}}{\\raggedright ${key}} \\\\`,
    '  \\endlastfoot',
    ...body,
    '\\end{longtable}',
    '\\endgroup'
  ]
}

/** The first column: ragged, hyphenated, and as wide as what the other columns leave. */
function nameColumn(columns: number, others: number): string {
  const gaps = 2 * (columns - 1)
  return `@{}>{\\raggedright\\arraybackslash\\hspace{0pt}}p{\\dimexpr\\linewidth-${gaps}\\tabcolsep-${round(others)}em\\relax}`
}

function nameCell(row: Row): string {
  return `${breakable(row.name)}\\newline{\\scriptsize ${breakable(formatGroup(row))}}`
}

function scoreCell(cell: Cell | undefined): string {
  const mark = isReviewed(cell) ? '\\textsuperscript{\\dag}' : ''
  if (cell === undefined || cell.stance === 'unstated' || cell.score === null) return `---${mark}`
  const score = number(cell.score)
  return `${cell.stance === 'mixed' ? `\\textsuperscript{m}${score}` : score}${mark}`
}

function scaleCell(row: Row): string {
  if (row.scale.mean === null) return '---'
  if (row.scale.low === null || row.scale.high === null) return number(row.scale.mean)
  // The interval goes under the mean, so that the column stays narrow.
  return formatScale(row.scale, number).replace(' [', '\\newline [')
}

function splitCell(distribution: Distribution | undefined): string {
  if (distribution === undefined) return '---'
  const stated = distribution.count - (distribution.stances.unstated ?? 0)
  if (distribution.meanScore === null || stated === 0) return '---'
  return `${number(distribution.meanScore)}\\newline{\\scriptsize (${stated})}`
}

function number(value: number): string {
  return `$${formatScore(value)}$`
}

// Long words with no space (a URL, an e-mail address) may break after punctuation; the glue
// (`\hspace{0pt}`) also lets TeX hyphenate the part after it.
const breakAfter = /([/_@=.:;,)\]&?#-])/

function breakable(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      if (word.length <= 12) return escapeLatex(word)
      const parts = word.split(breakAfter)
      return parts
        .map((part, index) =>
          index % 2 === 1 && index < parts.length - 1
            ? `${escapeLatex(part)}\\hspace{0pt}`
            : escapeLatex(part)
        )
        .join('')
    })
    .join('')
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100)
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
