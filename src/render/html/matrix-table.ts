import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Comparison} from '../../schema/comparison.js'
import {isReviewed, reviewMark} from '../describe-comparison.js'
import {formatScale, formatStance} from '../format.js'
import type {PreparedRow} from './prepare-rows.js'
import {serialised} from './serialise.js'
import {capitalize} from './text.js'

/**
 * The matrix as a table: a row per submitter, a column per dimension, each cell linked to its
 * evidence, and the scale.
 *
 * @param comparison
 *   The comparison.
 * @param rows
 *   The prepared rows.
 * @returns
 *   A `section`.
 */
export function matrixTable(comparison: Comparison, rows: readonly PreparedRow[]): Element {
  return h('section', {ariaLabelledby: 'matrix'}, [
    h('h2#matrix', 'Stances as a table'),
    h('div.scroll', [
      h('table.matrix', [
        h(
          'caption',
          'Stance and score (-1 state-centric to +1 multistakeholder) of each submitter on each dimension, and the mean with its 95% bootstrap interval.'
        ),
        h('thead', [
          h('tr', [
            h('th', {scope: 'col'}, 'Submitter'),
            h('th', {scope: 'col'}, capitalize(comparison.by)),
            ...comparison.dimensions.map((dimension) =>
              h('th', {scope: 'col'}, [
                dimension.label,
                h('span.poles', `${dimension.poles[0]} ↔ ${dimension.poles[1]}`)
              ])
            ),
            h('th.number', {scope: 'col'}, 'Scale')
          ])
        ]),
        h(
          'tbody',
          rows.map((prepared) =>
            serialised(
              'html',
              h('tr', [
                h('th', {scope: 'row'}, h('a', {href: `#${prepared.anchor}`}, prepared.row.name)),
                h('td', prepared.row.by),
                ...prepared.cells.map((cell) =>
                  h(
                    'td',
                    h('a', {href: `#${cell.id}`}, [
                      h(`span.swatch.tone-${cell.tone}`, {ariaHidden: 'true'}),
                      cell.cell.stance === 'unstated' ? 'unstated' : formatStance(cell.cell),
                      isReviewed(cell.cell)
                        ? [' ', h('span.reviewed', {title: 'reviewed'}, reviewMark)]
                        : null
                    ])
                  )
                ),
                h('td.number', formatScale(prepared.row.scale))
              ])
            )
          )
        )
      ])
    ])
  ])
}
