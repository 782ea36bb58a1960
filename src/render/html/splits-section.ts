import type {Element, ElementContent} from 'hast'
import {h, s} from 'hastscript'
import type {Comparison, Distribution} from '../../schema/comparison.js'
import {formatScore, missing} from '../format.js'
import type {Dimension} from './prepare-rows.js'
import type {Tone} from './tone.js'

const barWidth = 140
const barHeight = 14

/**
 * The splits: for each dimension, a table of stance counts, mean and divergence per group.
 *
 * @param comparison
 *   The comparison.
 * @returns
 *   A `section`.
 */
export function splitsSection(comparison: Comparison): Element {
  const labels = new Map(comparison.dimensions.map((dimension) => [dimension.id, dimension]))
  return h('section', {ariaLabelledby: 'splits'}, [
    h('h2#splits', `Splits by ${comparison.by}`),
    h(
      'p.note',
      'Stance counts per group. Divergence is the normalised entropy of the stated stances: 0 when all agree, 1 when they spread evenly.'
    ),
    comparison.splits.length === 0
      ? h('p', 'None.')
      : h(
          'div.splits',
          comparison.splits.map((split) => {
            const dimension = labels.get(split.dimension)
            return h('div', [
              h('h3', dimension?.label ?? split.dimension),
              splitTable(split.groups, split.overall, dimension)
            ])
          })
        )
  ])
}

function splitTable(
  groups: readonly Distribution[],
  overall: Distribution,
  dimension: Dimension | undefined
): Element {
  const stances = dimension === undefined ? [] : [dimension.poles[0], 'mixed', dimension.poles[1]]
  stances.push('unstated')
  const others = new Set<string>()
  for (const distribution of [...groups, overall]) {
    for (const stance of Object.keys(distribution.stances)) {
      if (!stances.includes(stance)) others.add(stance)
    }
  }
  stances.push(...[...others].sort())
  const tones = stances.map((stance): Tone => {
    if (dimension !== undefined && stance === dimension.poles[0]) return 'm3'
    if (dimension !== undefined && stance === dimension.poles[1]) return 'p3'
    if (stance === 'mixed') return 'mixed'
    if (stance === 'unstated') return 'unstated'
    return 'z0'
  })

  const line = (distribution: Distribution, total: boolean): Element =>
    h('tr', [
      h('th', {scope: 'row'}, total ? h('strong', distribution.group) : distribution.group),
      h('td.number', String(distribution.count)),
      h('td', stackedBar(distribution, stances, tones)),
      ...stances.map((stance) => h('td.number', String(distribution.stances[stance] ?? 0))),
      h(
        'td.number',
        distribution.meanScore === null ? missing : formatScore(distribution.meanScore)
      ),
      h(
        'td.number',
        distribution.divergence === null ? missing : formatScore(distribution.divergence)
      )
    ])

  return h('div.scroll', [
    h('table.split', [
      h('thead', [
        h('tr', [
          h('th', {scope: 'col'}, 'Group'),
          h('th.number', {scope: 'col'}, 'n'),
          h('th', {scope: 'col'}, 'Stances'),
          ...stances.map((stance, index) =>
            h('th.number', {scope: 'col'}, [
              h(`span.swatch.tone-${tones[index]}`, {ariaHidden: 'true'}),
              stance
            ])
          ),
          h('th.number', {scope: 'col'}, 'Mean'),
          h('th.number', {scope: 'col'}, 'Divergence')
        ])
      ]),
      h('tbody', [...groups.map((distribution) => line(distribution, false)), line(overall, true)])
    ])
  ])
}

function stackedBar(
  distribution: Distribution,
  stances: readonly string[],
  tones: readonly Tone[]
): Element {
  const total = stances.reduce((sum, stance) => sum + (distribution.stances[stance] ?? 0), 0)
  const segments: ElementContent[] = []
  let x = 0
  for (const [index, stance] of stances.entries()) {
    const count = distribution.stances[stance] ?? 0
    if (count === 0 || total === 0) continue
    const width = (count / total) * barWidth
    segments.push(
      s(`rect.tone-${tones[index]}`, {x, y: 0, width, height: barHeight}, [
        s('title', `${stance}: ${count}`)
      ])
    )
    x += width
  }
  return s(
    'svg.bar',
    {
      width: barWidth,
      height: barHeight,
      viewBox: `0 0 ${barWidth} ${barHeight}`,
      ariaHidden: 'true'
    },
    [...segments, s('rect.bar-frame', {x: 0.5, y: 0.5, width: barWidth - 1, height: barHeight - 1})]
  )
}
