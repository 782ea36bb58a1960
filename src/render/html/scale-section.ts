import type {Element} from 'hast'
import {h, s} from 'hastscript'
import {formatScale, plural} from '../format.js'
import type {PreparedRow} from './prepare-rows.js'
import {longest, serialised} from './serialise.js'
import {truncate} from './text.js'
import {toneOf} from './tone.js'

const characterWidth = 7.8
const nameLimit = 40
const plotWidth = 440
const plotRowHeight = 22

/**
 * The scale: each submitter's mean as a dot with its bootstrap interval, and the submitters
 * with no stated dimension listed apart.
 *
 * @param rows
 *   The prepared rows.
 * @returns
 *   A `section`.
 */
export function scaleSection(rows: readonly PreparedRow[]): Element {
  const placed = rows.filter((prepared) => prepared.row.scale.mean !== null)
  const apart = rows.filter((prepared) => prepared.row.scale.mean === null)
  return h('section', {ariaLabelledby: 'scale'}, [
    h('h2#scale', 'Scale'),
    h(
      'p.note',
      'Mean of each submitter’s stated dimension scores, with a line for its 95% bootstrap interval over its evidence.'
    ),
    placed.length === 0 ? h('p', 'No submitter states a dimension.') : dotPlot(placed),
    apart.length === 0
      ? null
      : h('div.apart', [
          h('p', 'No stated dimension, so no place on the scale:'),
          h(
            'ul.inline',
            apart.map((prepared) =>
              h('li', h('a', {href: `#${prepared.anchor}`}, prepared.row.name))
            )
          )
        ])
  ])
}

function dotPlot(rows: readonly PreparedRow[]): Element {
  const longestName = longest(
    4,
    rows.map((prepared) => truncate(prepared.row.name, nameLimit).length)
  )
  const left = Math.ceil(longestName * characterWidth) + 16
  const top = 44
  const width = left + plotWidth + 24
  const height = top + rows.length * plotRowHeight + 8
  const xOf = (value: number): number => left + ((value + 1) / 2) * plotWidth
  const ticks = [-1, -0.5, 0, 0.5, 1]

  const axis = [
    s('text.small', {x: xOf(-1), y: 12, textAnchor: 'start'}, '← state-centric'),
    s('text.small', {x: xOf(1), y: 12, textAnchor: 'end'}, 'multistakeholder →'),
    ...ticks.flatMap((tick) => [
      s('text.small', {x: xOf(tick), y: top - 10, textAnchor: 'middle'}, formatTick(tick)),
      s(tick === 0 ? 'line.axis.zero' : 'line.axis', {
        x1: xOf(tick),
        x2: xOf(tick),
        y1: top - 4,
        y2: height - 4
      })
    ])
  ]

  const marks = rows.map((prepared, index) => {
    const {row} = prepared
    const {mean, low, high} = row.scale
    const y = top + index * plotRowHeight + plotRowHeight / 2
    const value = mean ?? 0
    return serialised(
      'svg',
      s('g.scale-row', {dataKey: row.key}, [
        s(
          'title',
          `${row.name}: ${formatScale(row.scale)}, ${plural(row.scale.dimensions, 'stated dimension')}`
        ),
        index % 2 === 1
          ? s('rect.stripe', {x: 0, y: y - plotRowHeight / 2, width, height: plotRowHeight})
          : null,
        s(
          'text.name',
          {x: left - 12, y, dy: '0.35em', textAnchor: 'end'},
          truncate(row.name, nameLimit)
        ),
        low === null || high === null
          ? null
          : s('line.interval', {x1: xOf(low), x2: xOf(high), y1: y, y2: y}),
        s(`circle.dot.tone-${toneOf('', value)}`, {cx: xOf(value), cy: y, r: 5.5})
      ])
    )
  })

  return h('figure', [
    s(
      'svg.chart.scale',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        ariaLabel: 'Dot plot of submitters on the scale'
      },
      [...axis, ...marks]
    )
  ])
}

function formatTick(value: number): string {
  return String(value)
}
