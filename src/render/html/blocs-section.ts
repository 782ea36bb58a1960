import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Comparison} from '../../schema/comparison.js'
import {formatScore, plural} from '../format.js'
import type {PreparedRow} from './prepare-rows.js'

/**
 * The blocs: submitters grouped by how often they take the same stance.
 *
 * @param comparison
 *   The comparison.
 * @param anchors
 *   The prepared row of each row key, to link members to their evidence.
 * @returns
 *   A `section`.
 */
export function blocsSection(
  comparison: Comparison,
  anchors: ReadonlyMap<string, PreparedRow>
): Element {
  return h('section', {ariaLabelledby: 'blocs'}, [
    h('h2#blocs', 'Blocs'),
    h('p.note', 'Submitters grouped by how often they take the same stance where both state one.'),
    comparison.blocs.length === 0
      ? h('p', 'None.')
      : h(
          'ol.blocs',
          comparison.blocs.map((bloc) =>
            h('li', [
              h('strong', bloc.id),
              ` · ${plural(bloc.members.length, 'member')}`,
              bloc.meanAgreement === null
                ? null
                : ` · mean agreement ${formatScore(bloc.meanAgreement)}`,
              h(
                'ul.inline',
                bloc.members.map((member) => {
                  const prepared = anchors.get(member)
                  return h(
                    'li',
                    prepared === undefined
                      ? member
                      : h('a', {href: `#${prepared.anchor}`}, prepared.row.name)
                  )
                })
              )
            ])
          )
        )
  ])
}
