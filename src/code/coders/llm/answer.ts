import {z} from 'zod'
import {createMessage, type WgecMessage} from '../../../messages/create-message.js'
import {excerpt} from '../../../messages/excerpt.js'
import type {Codebook} from '../../../schema/codebook.js'
import type {Evidence} from '../../../schema/position.js'
import type {DocumentText, Segment} from './document-text.js'
import {createQuoteFinder} from './find-quote.js'

/** Most quotes a model gives per dimension. */
export const maxQuotes = 3

/**
 * The JSON Schema of the model's answer for a codebook: one property per dimension, each with a
 * `stance` (a pole id, `mixed` or `unstated`), up to three verbatim `quotes` and a one-line
 * `reason`; every property required, no other. Sent as `response_format` where the server takes
 * it (OpenAI's strict structured outputs accept it as it is).
 *
 * @param codebook
 *   The codebook.
 * @returns
 *   A JSON Schema (draft 2020-12 subset of structured outputs).
 */
export function answerJsonSchema(codebook: Codebook): Record<string, unknown> {
  const properties: Record<string, unknown> = {}
  for (const dimension of codebook.dimensions)
    properties[dimension.id] = {
      type: 'object',
      properties: {
        stance: {
          type: 'string',
          enum: [...dimension.poles.map((pole) => pole.id), 'mixed', 'unstated']
        },
        quotes: {type: 'array', items: {type: 'string'}, maxItems: maxQuotes},
        reason: {type: 'string'}
      },
      required: ['stance', 'quotes', 'reason'],
      additionalProperties: false
    }
  return {
    type: 'object',
    properties,
    required: codebook.dimensions.map((dimension) => dimension.id),
    additionalProperties: false
  }
}

/** A quote this long counts even when it is less than half of each sentence it is in. */
export const longQuote = 60

/**
 * Whether a place of the text sent can be a quote: it lies in the submitter's text (a sentence,
 * list item or table row, not the title or a question), and it is at least half of one of the
 * sentences it overlaps, or `longQuote` characters long; so that a word or a fragment does not
 * pass for evidence.
 */
function isQuotable(place: {start: number; end: number}, segments: readonly Segment[]): boolean {
  let overlaps = false
  for (const segment of segments) {
    const overlap = Math.min(place.end, segment.end) - Math.max(place.start, segment.start)
    if (overlap <= 0) continue
    overlaps = true
    if (overlap * 2 >= segment.end - segment.start) return true
  }
  return overlaps && place.end - place.start >= longQuote
}

/** What the model said about one dimension, before its quotes are checked. */
const Claim = z.object({
  stance: z.string(),
  quotes: z.array(z.string()).default([]),
  reason: z.string().default('')
})

/** What a model's answer gives for one dimension, its quotes checked against the text. */
export interface DimensionAnswer {
  readonly dimension: string
  /** The stance after checking: `unstated` when the model's had no quote found in the text. */
  readonly stance: string
  /** The stance the model gave (a pole id, `mixed` or `unstated`). */
  readonly claimed: string
  readonly reason: string
  readonly evidence: Evidence[]
}

/** The JSON text inside an answer: the whole, or what a Markdown code fence holds. */
function jsonText(content: string): string {
  const trimmed = content.trim()
  if (!trimmed.startsWith('```') || !trimmed.endsWith('```') || trimmed.length < 6) return trimmed
  // The opening fence's line (with its language, such as `json`) and the closing fence go.
  const firstLine = trimmed.indexOf('\n')
  return firstLine < 0 ? trimmed : trimmed.slice(firstLine + 1, -3)
}

/**
 * Parse a model's answer: JSON (in a code fence or not) that is an object. Gives the object, or
 * the reason it is not one (to ask the model again, or to report).
 */
export function parseAnswer(
  content: string | null | undefined
): {ok: true; value: Record<string, unknown>} | {ok: false; reason: string} {
  if (content === null || content === undefined || content.trim() === '')
    return {ok: false, reason: 'it is empty'}
  let value: unknown
  try {
    value = JSON.parse(jsonText(content))
  } catch (error) {
    return {ok: false, reason: `it is not JSON (${(error as Error).message})`}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {ok: false, reason: 'it is not a JSON object'}
  return {ok: true, value: value as Record<string, unknown>}
}

/**
 * Read a model's answer (a JSON object) against the codebook and the text it was given: each
 * dimension's stance checked against its poles, each quote looked for in the text (see
 * `createQuoteFinder`) and given the place of the sentences it spans, a stance left with no quote
 * found made `unstated`. Whatever does not fit gives a message, never an exception: a missing
 * dimension or an unknown stance is `unstated` (`invalid-answer`), an extra dimension is left out
 * (`invalid-answer`), a quote not found is dropped (`quote-not-found`), a stance without a quote
 * is `unstated` (`unverified-stance`).
 *
 * @param value
 *   The answer, parsed.
 * @param codebook
 *   The codebook the request was made with.
 * @param document
 *   The text sent and its segments.
 * @param contributionId
 *   For the messages.
 * @returns
 *   One answer per dimension of the codebook, in its order, and the messages.
 */
export function readAnswer(
  value: Record<string, unknown>,
  codebook: Codebook,
  document: DocumentText
): {answers: DimensionAnswer[]; messages: WgecMessage[]} {
  const messages: WgecMessage[] = []
  const find = createQuoteFinder(document.text)
  const known = new Set(codebook.dimensions.map((dimension) => dimension.id))
  // Extra keys are one message, however many: an answer cannot flood the report.
  const extra = Object.keys(value).filter((key) => !known.has(key))
  if (extra.length > 0) {
    const named = extra
      .slice(0, 3)
      .map((key) => `\`${excerpt(key).slice(0, 40)}\``)
      .join(', ')
    const more = extra.length > 3 ? ` and ${extra.length - 3} more` : ''
    messages.push(
      createMessage('invalid-answer', {
        problem: `${extra.length === 1 ? 'an extra dimension' : 'extra dimensions'} ${named}${more}, left out`
      })
    )
  }

  const answers = codebook.dimensions.map((dimension): DimensionAnswer => {
    const unstated = {dimension: dimension.id, stance: 'unstated', reason: '', evidence: []}
    const raw = Object.hasOwn(value, dimension.id) ? value[dimension.id] : undefined
    if (raw === undefined) {
      messages.push(
        createMessage('invalid-answer', {problem: `no \`${dimension.id}\`, coded \`unstated\``})
      )
      return {...unstated, claimed: 'unstated'}
    }
    const claim = Claim.safeParse(raw)
    if (!claim.success) {
      messages.push(
        createMessage('invalid-answer', {
          problem: `\`${dimension.id}\` is not {stance, quotes, reason}, coded \`unstated\``
        })
      )
      return {...unstated, claimed: 'unstated'}
    }
    const {stance, quotes, reason} = claim.data
    const stances = [...dimension.poles.map((pole) => pole.id), 'mixed', 'unstated']
    if (!stances.includes(stance)) {
      messages.push(
        createMessage('invalid-answer', {
          problem: `\`${dimension.id}\` has the stance \`${stance}\`, which is not ${stances.map((id) => `\`${id}\``).join(', ')}; coded \`unstated\``
        })
      )
      return {...unstated, claimed: stance, reason}
    }
    if (stance === 'unstated') return {...unstated, claimed: stance, reason}

    const evidence: Evidence[] = []
    for (const quote of quotes.slice(0, maxQuotes)) {
      const found = find(quote, (place) => isQuotable(place, document.segments))
      const spanned = found
        ? document.segments.filter(
            (segment) => segment.start < found.end && segment.end > found.start
          )
        : []
      const first = spanned[0]
      const last = spanned.at(-1)
      if (!found || !first || !last) {
        messages.push(createMessage('quote-not-found', {dimension: dimension.id, quote}))
        continue
      }
      evidence.push({
        quote: document.text.slice(found.start, found.end),
        place: {start: first.place.start, end: last.place.end},
        questionId: first.questionId,
        pole: stance,
        weight: 1
      })
    }
    if (evidence.length === 0) {
      messages.push(createMessage('unverified-stance', {dimension: dimension.id, stance}))
      return {...unstated, claimed: stance, reason}
    }
    return {dimension: dimension.id, stance, claimed: stance, reason, evidence}
  })
  return {answers, messages}
}
