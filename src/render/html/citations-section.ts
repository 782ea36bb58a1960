import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Comparison} from '../../schema/comparison.js'
import {sideTones} from './tone.js'

/**
 * The paragraphs cited by each side of the scale, instrument by instrument.
 *
 * @param comparison
 *   The comparison.
 * @returns
 *   A `section`.
 */
export function citationsSection(comparison: Comparison): Element {
  return h('section', {ariaLabelledby: 'citations'}, [
    h('h2#citations', 'Citations by side'),
    h(
      'p.note',
      'Paragraphs of the instruments the consultations cite (by id, such as tunis-agenda), cited by the submitters on each side of the scale (mean below -1/3, between, above 1/3), with the number of submitters citing each.'
    ),
    comparison.citations.length === 0
      ? h('p', 'None.')
      : h('table.citations', [
          h('caption', 'Paragraphs cited, by side and instrument'),
          h('thead', [
            h('tr', [
              h('th', {scope: 'col'}, 'Side'),
              h('th.number', {scope: 'col'}, 'Submitters'),
              h('th', {scope: 'col'}, 'Paragraphs')
            ])
          ]),
          h(
            'tbody',
            comparison.citations.map((side) =>
              h('tr', [
                h('th', {scope: 'row'}, [
                  h(`span.swatch.tone-${sideTones[side.side]}`, {ariaHidden: 'true'}),
                  side.side
                ]),
                h('td.number', String(side.submitters)),
                h(
                  'td',
                  side.instruments.length === 0
                    ? 'none'
                    : side.instruments.map((cited) =>
                        h('div', [
                          h('strong', cited.instrument),
                          h(
                            'ul.inline',
                            cited.paragraphs.map((paragraph) =>
                              h('li', `¶${paragraph.paragraph} ×${paragraph.submitters}`)
                            )
                          )
                        ])
                      )
                )
              ])
            )
          )
        ])
  ])
}
