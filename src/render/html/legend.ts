import type {Element} from 'hast'
import {h, s} from 'hastscript'
import {toneSteps} from './tone.js'

/**
 * The colour key of the heatmap: the seven steps, `mixed` and `unstated`.
 *
 * @returns
 *   A `div.legend`.
 */
export function legend(): Element {
  return h('div.legend', [
    h('span.ramp', [
      h('span', 'state-centric'),
      h('span.steps', [
        ...toneSteps.map((tone) => h(`span.tone-${tone}`, {ariaHidden: 'true'})),
        ...['-1', '-⅔', '-⅓', '0', '⅓', '⅔', '1'].map((label) => h('small', label))
      ]),
      h('span', 'multistakeholder')
    ]),
    h('span.key', [h('span.swatch.tone-mixed', {ariaHidden: 'true'}), 'mixed']),
    h('span.key', [h('span.swatch.tone-unstated', {ariaHidden: 'true'}), 'unstated']),
    h('span.muted', 'Scores are written in the cells.')
  ])
}

/**
 * The SVG definitions the charts share: the hatching of `mixed` cells.
 *
 * @returns
 *   A hidden `svg.defs`.
 */
export function definitions(): Element {
  return s('svg.defs', {ariaHidden: 'true', focusable: 'false', width: 0, height: 0}, [
    s('defs', [
      s(
        'pattern#pattern-mixed',
        {width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)'},
        [
          s('rect.pattern-a', {x: 0, y: 0, width: 4, height: 8}),
          s('rect.pattern-b', {x: 4, y: 0, width: 4, height: 8})
        ]
      )
    ])
  ])
}
