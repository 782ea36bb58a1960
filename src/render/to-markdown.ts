import type {
  AlignType,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow
} from 'mdast'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {toMarkdown as serializeMarkdown} from 'mdast-util-to-markdown'
import type {Comparison, Distribution} from '../schema/comparison.js'
import {describeProvenance, describeReview, isReviewed, reviewMark} from './describe-comparison.js'
import {formatGroup, formatScale, formatScore, formatStance, missing, plural} from './format.js'
import {listReviewedCells} from './list-reviewed-cells.js'

/**
 * Configuration for `toMarkdown`.
 */
export interface ToMarkdownOptions {
  /**
   * Text of the top-level heading.
   *
   * @default 'Comparison'
   */
  readonly title?: string | undefined
  /**
   * Whether to include, for each dimension, the table of stances by group.
   *
   * @default true
   */
  readonly splits?: boolean | undefined
}

type Dimension = Comparison['dimensions'][number]

const unstated = 'unstated'

/**
 * Render a comparison as a Markdown (GFM) document: a heading, the matrix of submitters by
 * dimensions as a table, the strongest quote of each stated cell, for each dimension a table of
 * stance counts and divergence by group, the blocs, and the paragraphs cited by each side of the
 * scale, instrument by instrument.
 *
 * The document is built as an mdast tree and serialised by `mdast-util-to-markdown` with
 * `mdast-util-gfm-table`, so Markdown syntax in names and quotes (pipes, asterisks, brackets,
 * tildes, newlines in table cells) is escaped and reads back as the same text. A matrix cell
 * shows the stance and its score, `intergovernmental (-1.00)`, or `—` when unstated; the scale
 * column shows the mean and its bootstrap interval, `-0.93 [-1.00, -0.80]`.
 *
 * @param comparison
 *   The comparison to render.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Markdown, ending in a newline.
 * @throws {TypeError}
 *   When `options.title` is not a string or `options.splits` is not a boolean.
 * @example
 *   toMarkdown(comparison, {title: 'WGEC 2016', splits: false}).split('\n')[0] // => '# WGEC 2016'
 */
export function toMarkdown(comparison: Comparison, options?: ToMarkdownOptions): string {
  const title = options?.title ?? 'Comparison'
  const splits = options?.splits ?? true
  if (typeof title !== 'string') {
    throw new TypeError(
      `Cannot render \`${String(title)}\` for \`options.title\`, expected a string`
    )
  }
  if (typeof splits !== 'boolean') {
    throw new TypeError(
      `Cannot render \`${String(splits)}\` for \`options.splits\`, expected \`true\`, \`false\``
    )
  }

  const names = new Map<string, string>()
  for (const row of comparison.rows) names.set(row.contributionId, row.name)
  for (const row of comparison.rows) names.set(row.key, row.name)
  const labels = new Map(comparison.dimensions.map((dimension) => [dimension.id, dimension.label]))

  const children: RootContent[] = [
    heading(1, title),
    paragraph(
      `${plural(comparison.rows.length, 'submitter')}, coded with ${comparison.codebook.id} ` +
        `${comparison.codebook.version}, from the most state-centric to the most multistakeholder.`
    ),
    ...[describeReview(comparison), describeProvenance(comparison)].flatMap((line) =>
      line === undefined ? [] : [paragraph(line)]
    ),
    matrixTable(comparison),
    heading(2, 'Quotes'),
    listOrNone(quoteItems(comparison))
  ]
  if (comparison.review) {
    children.push(heading(2, 'Reviewed cells'), listOrNone(listReviewedCells(comparison)))
  }

  if (splits) {
    children.push(heading(2, `Splits by ${comparison.by}`))
    if (comparison.splits.length === 0) children.push(paragraph('None.'))
    for (const split of comparison.splits) {
      const dimension = comparison.dimensions.find((each) => each.id === split.dimension)
      children.push(
        heading(3, labels.get(split.dimension) ?? split.dimension),
        splitTable(split.groups, split.overall, dimension)
      )
    }
  }

  children.push(
    heading(2, 'Blocs'),
    listOrNone(
      comparison.blocs.map((bloc) => {
        const agreement =
          bloc.meanAgreement === null ? '' : ` (mean agreement ${formatScore(bloc.meanAgreement)})`
        const members = bloc.members.map((member) => names.get(member) ?? member).join('; ')
        return `${bloc.id}${agreement}: ${members}`
      })
    ),
    heading(2, 'Citations'),
    listOrNone(
      comparison.citations.map((side) => {
        const instruments =
          side.instruments.length === 0
            ? 'none'
            : side.instruments
                .map(
                  (cited) =>
                    `${cited.instrument} ${cited.paragraphs.map((paragraph) => `¶${paragraph.paragraph} (${paragraph.submitters})`).join(', ')}`
                )
                .join('; ')
        return `${side.side} (${plural(side.submitters, 'submitter')}): ${instruments}`
      })
    )
  )

  const tree: Root = {type: 'root', children}
  return serializeMarkdown(tree, {
    bullet: '-',
    extensions: [gfmTableToMarkdown()],
    // GFM reads `~one~` as strikethrough, which the table extension alone does not escape.
    unsafe: [{character: '~', inConstruct: 'phrasing'}]
  })
}

function matrixTable(comparison: Comparison): Table {
  const head = [
    'Submitter',
    'Group',
    ...comparison.dimensions.map((dimension) => dimension.label),
    'Scale'
  ]
  const body = comparison.rows.map((row) => {
    const cells = new Map(row.cells.map((cell) => [cell.dimension, cell]))
    return [
      row.name,
      formatGroup(row),
      ...comparison.dimensions.map((dimension) => {
        const cell = cells.get(dimension.id)
        const mark = isReviewed(cell) ? ` ${reviewMark}` : ''
        return `${cell === undefined ? missing : formatStance(cell)}${mark}`
      }),
      formatScale(row.scale)
    ]
  })
  return table(
    head.map((_, index): AlignType => (index === head.length - 1 ? 'right' : 'left')),
    [head, ...body]
  )
}

function quoteItems(comparison: Comparison): string[] {
  const items: string[] = []
  for (const row of comparison.rows) {
    for (const dimension of comparison.dimensions) {
      const cell = row.cells.find((each) => each.dimension === dimension.id)
      if (cell === undefined || cell.quote === null) continue
      const place =
        cell.place === null
          ? ''
          : ` (line ${cell.place.start.line}, column ${cell.place.start.column})`
      items.push(`${row.name}, ${dimension.label}${place}: “${cell.quote}”`)
    }
  }
  return items
}

function splitTable(
  groups: readonly Distribution[],
  overall: Distribution,
  dimension: Dimension | undefined
): Table {
  const known = dimension === undefined ? [] : [dimension.poles[0], 'mixed', dimension.poles[1]]
  const stances = [...known, unstated]
  const others = new Set<string>()
  for (const distribution of [...groups, overall]) {
    for (const stance of Object.keys(distribution.stances)) {
      if (!stances.includes(stance)) others.add(stance)
    }
  }
  stances.push(...[...others].sort())

  const head = ['Group', ...stances, 'Divergence']
  const line = (group: string, distribution: Distribution): string[] => [
    group,
    ...stances.map((stance) => String(distribution.stances[stance] ?? 0)),
    distribution.divergence === null ? missing : formatScore(distribution.divergence)
  ]
  const body = [
    ...groups.map((distribution) => line(distribution.group, distribution)),
    line('all', overall)
  ]
  return table(
    head.map((_, index): AlignType => (index === 0 ? 'left' : 'right')),
    [head, ...body]
  )
}

function heading(depth: 1 | 2 | 3, value: string): Heading {
  return {type: 'heading', depth, children: [text(value)]}
}

function paragraph(value: string): Paragraph {
  return {type: 'paragraph', children: [text(value)]}
}

function listOrNone(items: readonly string[]): List | Paragraph {
  if (items.length === 0) return paragraph('None.')
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map(
      (item): ListItem => ({type: 'listItem', spread: false, children: [paragraph(item)]})
    )
  }
}

function table(align: AlignType[], rows: ReadonlyArray<readonly string[]>): Table {
  return {
    type: 'table',
    align,
    children: rows.map(
      (cells): TableRow => ({
        type: 'tableRow',
        children: cells.map((value): TableCell => ({type: 'tableCell', children: [text(value)]}))
      })
    )
  }
}

function text(value: string): PhrasingContent {
  return {type: 'text', value}
}
