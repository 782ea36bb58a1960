import type {Block} from '../../schema/block.js'

/**
 * The texts of a block: a paragraph's, heading's or code block's own, a list's and a quote's
 * blocks' in order, a table's rows (cells joined by a space).
 *
 * @param block
 *   A block.
 * @returns
 *   Its texts.
 */
export function blockText(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'code': {
      return [block.text]
    }

    case 'list': {
      return block.items.flatMap((item) => item.blocks.flatMap((child) => blockText(child)))
    }

    case 'quote': {
      return block.blocks.flatMap((child) => blockText(child))
    }

    case 'table': {
      return block.rows.map((row) => row.join(' '))
    }
  }
}
