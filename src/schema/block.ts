import {z} from 'zod'
import {Place} from './place.js'

/**
 * One sentence of a paragraph or heading with its exact place in the source, so that coded
 * evidence can point at the line and column it came from.
 *
 * @example
 *   Sentence.parse({text: 'We agree.', place}) // => {text: 'We agree.', place}
 */
export const Sentence = z
  .object({text: z.string(), place: Place})
  .describe('A sentence and its place in the source')

export type Sentence = z.infer<typeof Sentence>

/** A paragraph of text (line breaks inside it are kept as spaces). */
export const Paragraph = z
  .object({
    type: z.literal('paragraph'),
    text: z.string(),
    sentences: z.array(Sentence),
    place: Place
  })
  .describe('A paragraph: its text, its sentences and its place')

export type Paragraph = z.infer<typeof Paragraph>

/** A heading, with its rank (1 to 6). */
export const Heading = z
  .object({
    type: z.literal('heading'),
    depth: z.int().min(1).max(6),
    text: z.string(),
    sentences: z.array(Sentence),
    place: Place
  })
  .describe('A heading: its rank, text, sentences and place')

export type Heading = z.infer<typeof Heading>

/** A table, as rows of cell texts (the first row is the header row when the source has one). */
export const Table = z
  .object({
    type: z.literal('table'),
    rows: z.array(z.array(z.string())),
    place: Place
  })
  .describe('A table as rows of cell texts')

export type Table = z.infer<typeof Table>

/** Preformatted text (a code block), kept verbatim. */
export const Code = z
  .object({type: z.literal('code'), text: z.string(), place: Place})
  .describe('Preformatted text, kept verbatim')

export type Code = z.infer<typeof Code>

export interface ListItem {
  type: 'listItem'
  blocks: Block[]
  place: Place
}

export interface List {
  type: 'list'
  ordered: boolean
  items: ListItem[]
  place: Place
}

export interface Quote {
  type: 'quote'
  blocks: Block[]
  place: Place
}

/**
 * A block of a contribution: paragraph, heading, list (items hold blocks, so nesting is kept),
 * quote, table or code.
 *
 * @example
 *   Block.parse({type: 'code', text: 'x', place}).type // => 'code'
 */
export type Block = Paragraph | Heading | List | Quote | Table | Code

/** One item of a list: the blocks it holds, nested lists included. */
export const ListItem: z.ZodType<ListItem> = z
  .object({
    type: z.literal('listItem'),
    get blocks() {
      return z.array(Block)
    },
    place: Place
  })
  .describe('A list item: its blocks (nested lists included) and its place')

/** A list, ordered or not; nested lists live inside its items. */
export const List: z.ZodType<List> = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean(),
    get items() {
      return z.array(ListItem)
    },
    place: Place
  })
  .describe('A list: ordered or not, with its items')

/** A quoted passage (a Markdown blockquote or HTML `<blockquote>`). */
export const Quote: z.ZodType<Quote> = z
  .object({
    type: z.literal('quote'),
    get blocks() {
      return z.array(Block)
    },
    place: Place
  })
  .describe('A quoted passage and its blocks')

export const Block: z.ZodType<Block> = z
  .union([Paragraph, Heading, List, Quote, Table, Code])
  .describe('A block of a contribution')
