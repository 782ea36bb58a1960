import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../../messages/create-message.js'
import type {BuiltInFormat} from '../../schema/format.js'
import {measureHtmlNesting, measureNesting} from '../readers/measure-nesting.js'
import type {Locator} from '../runs/locate.js'
import {findSlowMarkdown} from './find-slow-markdown.js'

/** Deepest nesting read as structure in Markdown, and in HTML (where pages nest a few dozen). */
export const defaultMaxDepth = 32
export const defaultMaxHtmlDepth = 256

/**
 * The format to read a source as: its own, or plain text when it is nested deeper than
 * `maxDepth` (`too-deeply-nested`) or is Markdown that would parse slowly
 * (`pathological-markdown`), so that nothing is lost and nothing hangs.
 *
 * @param source
 *   The source text.
 * @param format
 *   Its format.
 * @param maxDepth
 *   `options.maxDepth`, if given.
 * @param locator
 *   The source's locator.
 * @returns
 *   The format to read it as, and the message that says why it is not its own.
 */
export function chooseReadFormat(
  source: string,
  format: BuiltInFormat,
  maxDepth: number | undefined,
  locator: Locator
): {format: BuiltInFormat; messages: VFileMessage[]} {
  const messages: VFileMessage[] = []
  const start = locator.place(0, Math.min(source.length, 1))
  if (format === 'markdown' || format === 'html') {
    const depth = format === 'html' ? measureHtmlNesting(source) : measureNesting(source)
    const limit = maxDepth ?? (format === 'html' ? defaultMaxHtmlDepth : defaultMaxDepth)
    if (depth > limit) {
      messages.push(createMessage('too-deeply-nested', {depth, maxDepth: limit}, start))
      return {format: 'text', messages}
    }
  }

  if (format === 'markdown') {
    const slow = findSlowMarkdown(source)
    if (slow) {
      messages.push(
        createMessage(
          'pathological-markdown',
          {kind: slow.kind, count: slow.count, limit: slow.limit},
          locator.place(slow.offset, Math.min(source.length, slow.offset + 1))
        )
      )
      return {format: 'text', messages}
    }
  }

  return {format, messages}
}
