import type {Element} from 'hast'
import {h, s} from 'hastscript'
import {isReviewed, reviewMark} from '../describe-comparison.js'
import {formatGroup, formatScore, plural} from '../format.js'
import type {Dimension, PreparedCell, PreparedRow} from './prepare-rows.js'
import {longest, serialised} from './serialise.js'
import {truncate, wrap} from './text.js'
import {isDark} from './tone.js'

// Geometry of the SVG, in CSS pixels at its drawn size; it shrinks with its container.
const characterWidth = 7.8
const smallCharacterWidth = 6.6
const nameLimit = 40
const byLimit = 22
const cellWidth = 96
const cellHeight = 30
const gap = 2
const headerLineHeight = 15

/**
 * The heatmap of submitters by dimensions, as an SVG whose cells link to their evidence.
 *
 * @param dimensions
 *   The dimensions, in column order.
 * @param rows
 *   The prepared rows.
 * @returns
 *   A `figure#heatmap`.
 */
export function heatmap(dimensions: readonly Dimension[], rows: readonly PreparedRow[]): Element {
  const longestName = longest(
    4,
    rows.map((prepared) => truncate(prepared.row.name, nameLimit).length)
  )
  const longestBy = longest(
    0,
    rows.map((prepared) => truncate(prepared.row.by, byLimit).length)
  )
  const nameWidth = Math.ceil(longestName * characterWidth) + 12
  const byWidth = longestBy === 0 ? 0 : Math.ceil(longestBy * smallCharacterWidth) + 12
  const left = nameWidth + byWidth
  const headers = dimensions.map((dimension) =>
    wrap(dimension.label, Math.floor((cellWidth - 6) / 7))
  )
  const top = Math.max(1, ...headers.map((lines) => lines.length)) * headerLineHeight + 10
  const width = left + dimensions.length * (cellWidth + gap) + 4
  const height = top + rows.length * (cellHeight + gap) + 4
  const xOf = (column: number) => left + column * (cellWidth + gap)

  const header = dimensions.map((dimension, column) =>
    s('g.column-heading', [
      s('title', `${dimension.label}: ${dimension.poles[0]} (-1) to ${dimension.poles[1]} (+1)`),
      s(
        'text.heading',
        {x: xOf(column) + cellWidth / 2, y: top - 8, textAnchor: 'middle'},
        (headers[column] ?? []).map((line, index, lines) =>
          s(
            'tspan',
            {
              x: xOf(column) + cellWidth / 2,
              dy: index === 0 ? -(lines.length - 1) * headerLineHeight : headerLineHeight
            },
            line
          )
        )
      )
    ])
  )

  const body = rows.map((prepared, index) => {
    const {row} = prepared
    const y = top + index * (cellHeight + gap)
    const middle = y + cellHeight / 2
    return serialised(
      'svg',
      s('g.heatmap-row', {dataKey: row.key}, [
        index % 2 === 1
          ? s('rect.stripe', {x: 0, y: y - gap / 2, width: left, height: cellHeight + gap})
          : null,
        s('a', {href: `#${prepared.anchor}`}, [
          s('title', `${row.name} (${formatGroup(row)}): evidence`),
          s(
            'text.name',
            {x: nameWidth - 10, y: middle, dy: '0.35em', textAnchor: 'end'},
            truncate(row.name, nameLimit)
          )
        ]),
        byWidth === 0
          ? null
          : s('text.small', {x: nameWidth, y: middle, dy: '0.35em'}, truncate(row.by, byLimit)),
        ...prepared.cells.map((cell, column) =>
          s(cellSelector(cell), {href: `#${cell.id}`}, [
            s('title', cellTitle(prepared, cell)),
            s(`rect.tone-${cell.tone}`, {x: xOf(column), y, width: cellWidth, height: cellHeight}),
            s(
              'text.value',
              {x: xOf(column) + cellWidth / 2, y: middle, dy: '0.35em', textAnchor: 'middle'},
              cellText(cell)
            )
          ])
        )
      ])
    )
  })

  return h('figure#heatmap', [
    s(
      'svg.chart.heatmap',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'group',
        ariaLabel: 'Heatmap of stances by submitter and dimension'
      },
      [...header, ...body]
    ),
    h(
      'figcaption',
      'Rows follow the comparison, from the most state-centric to the most multistakeholder submitter.'
    )
  ])
}

/**
 * The same matrix as a list of submitter cards (a name, then a chip per dimension), which
 * narrow screens show instead of the heatmap.
 *
 * @param dimensions
 *   The dimensions, in column order.
 * @param rows
 *   The prepared rows.
 * @returns
 *   The key of the dimension numbers and the `ol.cards`.
 */
export function heatmapCards(
  dimensions: readonly Dimension[],
  rows: readonly PreparedRow[]
): Element[] {
  return [
    h(
      'ol.dimension-key',
      {ariaLabel: 'Dimensions'},
      dimensions.map((dimension) => h('li', dimension.label))
    ),
    h(
      'ol.cards',
      rows.map((prepared) =>
        serialised(
          'html',
          h('li', {dataKey: prepared.row.key}, [
            h('a.card-name', {href: `#${prepared.anchor}`}, prepared.row.name),
            h('span.card-group', formatGroup(prepared.row)),
            h(
              'ol.chips',
              prepared.cells.map((cell, column) =>
                h(
                  'li',
                  h(
                    `a.tone-${cell.tone}${isDark(cell.tone) ? '.on-dark' : ''}`,
                    {href: `#${cell.id}`},
                    [
                      h('small', {ariaHidden: 'true'}, String(column + 1)),
                      h('span', {ariaHidden: 'true'}, cellText(cell)),
                      h('span.visually-hidden', cellTitle(prepared, cell))
                    ]
                  )
                )
              )
            )
          ])
        )
      )
    )
  ]
}

/**
 * The tooltip of a cell: submitter, dimension, stance, score, how many quotes, and who reviewed
 * it when a review decided the stance.
 *
 * @param prepared
 *   The row.
 * @param cell
 *   The cell.
 * @returns
 *   The text.
 */
export function cellTitle(prepared: PreparedRow, cell: PreparedCell): string {
  const {stance, score, evidenceCount} = cell.cell
  const scored = stance === 'unstated' ? '' : `, score ${formatScore(score)}`
  const {provenance} = cell.cell
  const reviewed =
    provenance?.kind === 'reviewed'
      ? ` · ${reviewMark} ${provenance.reviewer === null ? 'reviewed' : `reviewed by ${provenance.reviewer}`}`
      : ''
  return `${prepared.row.name} · ${cell.dimension.label}: ${stance}${scored} (${plural(evidenceCount, 'quote')})${reviewed}`
}

function cellSelector(cell: PreparedCell): string {
  if (isDark(cell.tone)) return 'a.cell.on-dark'
  if (cell.tone === 'mixed') return 'a.cell.on-pattern'
  return 'a.cell'
}

function cellText(cell: PreparedCell): string {
  const mark = isReviewed(cell.cell) ? ` ${reviewMark}` : ''
  if (cell.tone === 'unstated') return `–${mark}`
  const score = formatScore(cell.cell.score)
  return `${cell.tone === 'mixed' ? `mixed ${score}` : score}${mark}`
}
