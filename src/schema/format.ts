import {z} from 'zod'

/**
 * The formats `wgec` reads without a reader of one's own: Markdown, plain text (as extracted from
 * PDF or Word) and HTML. A reader added through `parseContribution`'s `readers` option (or the
 * CLI's `--plugin`) names a format of its own.
 *
 * @example
 *   BuiltInFormat.parse('markdown') // => 'markdown'
 */
export const BuiltInFormat = z
  .enum(['markdown', 'text', 'html'])
  .describe('A format wgec reads without a reader of its own')

export type BuiltInFormat = z.infer<typeof BuiltInFormat>

/**
 * The name of a format: a built-in one, or the `format` of a reader, in kebab-case.
 *
 * @example
 *   Format.parse('form-x') // => 'form-x'
 */
export const Format = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/)
  .describe('The format a document was read as: markdown, text, html, or a reader’s own')

export type Format = z.infer<typeof Format>
