import type {Block} from '../../schema/block.js'
import type {ReadContext} from './read-context.js'
import type {Segment} from './segment.js'
import {toParagraph} from './to-paragraph.js'

/**
 * The blocks a segment stands for, whatever reader made it: a paragraph (a heading, for a segment
 * set apart as one, its rank kept from 1 to 6) from a text or footnote segment's run, else the
 * segment's own block.
 *
 * @param context
 *   The read context.
 * @param segment
 *   A segment.
 * @returns
 *   Its blocks.
 */
export function segmentBlocks(context: ReadContext, segment: Segment): Block[] {
  switch (segment.kind) {
    case 'text': {
      const paragraph = toParagraph(context, segment.run, segment.place)
      return segment.emphasis === 'heading'
        ? [{...paragraph, type: 'heading', depth: Math.min(6, Math.max(1, segment.depth))}]
        : [paragraph]
    }

    case 'footnote': {
      return [toParagraph(context, segment.run, segment.place)]
    }

    case 'list':
    case 'quote':
    case 'table':
    case 'other': {
      return [segment.block]
    }
  }
}
