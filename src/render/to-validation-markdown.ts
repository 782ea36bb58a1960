import type {AlignType, Heading, List, Paragraph, RootContent, Table} from 'mdast'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {toMarkdown as serializeMarkdown} from 'mdast-util-to-markdown'
import type {Validation} from '../schema/validation.js'
import {placeOf, reviewLine, validationSubject, validationTable} from './validation-table.js'

/**
 * Configuration for `toValidationMarkdown`.
 */
export interface ToValidationMarkdownOptions {
  /**
   * Text of the heading, or `null` for none.
   *
   * @default 'Validation'
   */
  readonly title?: string | null | undefined
  /**
   * Depth of the heading; the sections are one deeper.
   *
   * @default 1
   */
  readonly depth?: 1 | 2 | 3 | 4 | undefined
  /**
   * Whether to add the confusion matrices and the disagreements after the summary table.
   *
   * @default true
   */
  readonly details?: boolean | undefined
}

/**
 * Render a validation report (`validateCoder`) as Markdown (GFM): a heading, what was validated,
 * the summary table (cells, Cohen's kappa, stated stances found, claimed stances right, stances
 * invented, accuracy beside the all-`unstated` baseline and Krippendorff's alpha, per dimension and
 * overall), the accuracy after review of the least certain cells when the coder ranks them
 * (runs, cross-check), then, unless `details` is `false`, a
 * confusion matrix per dimension with cells (rows: the codings' stance, columns: the coder's) and every
 * disagreement with the coder's evidence as `file:line:column` and its quote. Built as mdast and
 * serialised with `mdast-util-to-markdown`, so quotes are escaped.
 *
 * @param validation
 *   The report.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Markdown, ending in a newline.
 * @throws {TypeError}
 *   When an option is not of its type.
 * @example
 *   toValidationMarkdown(report, {details: false}).split('\n')[0] // => '# Validation'
 */
export function toValidationMarkdown(
  validation: Validation,
  options?: ToValidationMarkdownOptions
): string {
  const title = options?.title === undefined ? 'Validation' : options.title
  const depth = options?.depth ?? 1
  const details = options?.details ?? true
  if (title !== null && typeof title !== 'string') {
    throw new TypeError(
      `Cannot render \`${String(title)}\` for \`options.title\`, expected a string or null`
    )
  }
  if (![1, 2, 3, 4].includes(depth)) {
    throw new TypeError(
      `Cannot render \`${String(depth)}\` for \`options.depth\`, expected \`1\`, \`2\`, \`3\`, \`4\``
    )
  }
  if (typeof details !== 'boolean') {
    throw new TypeError(
      `Cannot render \`${String(details)}\` for \`options.details\`, expected \`true\`, \`false\``
    )
  }

  const children: RootContent[] = []
  if (title !== null) children.push(heading(depth, title))
  children.push(paragraph(`${validationSubject(validation).replaceAll('`', '')}.`))
  const [header = [], ...rows] = validationTable(validation)
  children.push(
    table(['left', ...header.slice(1).map((): AlignType => 'right')], [header, ...rows])
  )
  const review = reviewLine(validation)
  if (review) children.push(paragraph(review))

  if (details) {
    const section = Math.min(depth + 1, 6) as Heading['depth']
    children.push(
      heading(section, 'Confusion matrices'),
      paragraph('Rows: the stance of the hand codings; columns: the stance of the coder.')
    )
    for (const dimension of validation.dimensions) {
      if (dimension.units === 0) continue
      const {stances, counts} = dimension.confusion
      children.push(
        table(
          ['left', ...stances.map((): AlignType => 'right')],
          [
            [dimension.dimension, ...stances],
            ...stances.map((stance, index) => [
              stance,
              ...(counts[index] ?? []).map((value) => String(value))
            ])
          ]
        )
      )
    }

    children.push(heading(section, `Disagreements (${validation.disagreements.length})`))
    const items: List = {type: 'list', ordered: false, spread: false, children: []}
    for (const entry of validation.disagreements) {
      const evidence: List = {
        type: 'list',
        ordered: false,
        spread: false,
        children: entry.evidence.map((item) => ({
          type: 'listItem',
          children: [
            paragraph(
              `${placeOf(item)}: ${item.pole ?? 'nothing'} (weight ${item.weight}): “${item.quote}”`
            )
          ]
        }))
      }
      items.children.push({
        type: 'listItem',
        spread: false,
        children: [
          paragraph(
            `${entry.unit}, ${entry.dimension}: hand codings ${entry.gold}, coder ${entry.coded}${entry.evidence.length === 0 ? ' (no evidence)' : ''}`
          ),
          ...(entry.evidence.length === 0 ? [] : [evidence])
        ]
      })
    }
    children.push(items.children.length === 0 ? paragraph('None.') : items)
    if (validation.missingDocuments.length > 0) {
      children.push(
        paragraph(`Named by the codings but not given: ${validation.missingDocuments.join(', ')}.`)
      )
    }
    const uncoded = validation.uncodedDocuments.length
    if (uncoded > 0) {
      children.push(
        paragraph(`${uncoded} ${uncoded === 1 ? 'document' : 'documents'} given without codings.`)
      )
    }
  }

  return serializeMarkdown(
    {type: 'root', children},
    {
      bullet: '-',
      extensions: [gfmTableToMarkdown()],
      unsafe: [{character: '~', inConstruct: 'phrasing'}]
    }
  )
}

function heading(depth: number, value: string): Heading {
  return {type: 'heading', depth: depth as Heading['depth'], children: [{type: 'text', value}]}
}

function paragraph(value: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value}]}
}

function table(align: AlignType[], rows: ReadonlyArray<readonly string[]>): Table {
  return {
    type: 'table',
    align,
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((value) => ({type: 'tableCell', children: [{type: 'text', value}]}))
    }))
  }
}
