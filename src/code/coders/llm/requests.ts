import type {Codebook} from '../../../schema/codebook.js'
import type {Contribution} from '../../../schema/contribution.js'
import {sha256Hex} from '../../../text/sha256-hex.js'
import {renderInstructions} from '../../codebook/render-instructions.js'
import {answerJsonSchema, maxQuotes} from './answer.js'
import {type DocumentText, toDocumentTexts} from './document-text.js'

/** How the model is asked to answer in JSON. */
export type ResponseFormat = 'json-schema' | 'json-object' | 'text'

/** What a request to the model is made of, beside the document. */
export interface RequestSettings {
  /** The model's name, as the server knows it (`gpt-4.1`, `llama3.1:8b`). */
  readonly model: string
  /** The sampling seed (`--runs N` sends seeds 1 to N). */
  readonly seed: number
  /** Sampling temperature: 0 unless a study says otherwise. */
  readonly temperature: number
  /** Largest estimated input, in tokens, before a contribution is cut into parts. */
  readonly maxInputTokens: number
  /** How the answer's JSON is asked for. */
  readonly responseFormat: ResponseFormat
}

/** A message of a Chat Completions request. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant'
  readonly content: string
}

/** The body of a Chat Completions request, as sent and as written to batch files. */
export interface ChatRequest {
  readonly model: string
  readonly messages: readonly ChatMessage[]
  readonly temperature: number
  readonly seed: number
  readonly response_format?: Record<string, unknown>
}

/** One request for one contribution (or one part of a long one). */
export interface LlmRequest {
  /** SHA-256 of the canonical request body: the name of its record and its batch `custom_id`. */
  readonly key: string
  readonly contributionId: string
  /** Which part, from 1, of how many. */
  readonly part: number
  readonly parts: number
  readonly body: ChatRequest
  /** The text sent and where each stretch of it is in the source. */
  readonly document: DocumentText
}

/** Version of the prompt template: changes whenever its wording does. */
export const promptVersion = '1'

/**
 * The system message: the codebook's coding instructions written for a model, and how to
 * answer. Its SHA-256 (`promptSha256`) goes into the provenance.
 *
 * @param codebook
 *   A codebook with `instructions`.
 * @returns
 *   The system message's text.
 */
export function systemPrompt(codebook: Codebook): string {
  const dimensions = codebook.dimensions.map((dimension) => `\`${dimension.id}\``).join(', ')
  return [
    `You code contributions to a consultation on Internet governance for a research project, with the codebook \`${codebook.id}\` ${codebook.version}: ${codebook.title}. Read the whole document the user sends and code it on each dimension, following these instructions exactly, as a careful human coder would.`,
    '',
    renderInstructions(codebook, 'model').trimEnd(),
    '',
    'Before you give a pole, look through the whole document for a sentence in which the submitter takes the other side: if there is one, the stance is `mixed`.',
    '',
    `**Answer** with one JSON object and nothing else. It has one key per dimension (${dimensions}); each value is an object with \`stance\` (one of the dimension's two poles, \`mixed\` or \`unstated\`), \`quotes\` (for a pole or \`mixed\`, one to ${maxQuotes} sentences copied exactly from the document, each a whole sentence or a whole list item, not the question; for \`unstated\`, an empty list) and \`reason\` (one line).`
  ].join('\n')
}

/** JSON with the keys of every object sorted: the same request always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0
          )
        )
      : inner
  )
}

function responseFormat(
  codebook: Codebook,
  format: ResponseFormat
): Record<string, unknown> | undefined {
  if (format === 'text') return undefined
  if (format === 'json-object') return {type: 'json_object'}
  return {
    type: 'json_schema',
    json_schema: {name: 'coding', strict: true, schema: answerJsonSchema(codebook)}
  }
}

/**
 * The requests that code one contribution: one, or one per part when it is longer than
 * `maxInputTokens` (see `toDocumentTexts`). Each is keyed by the SHA-256 of its canonical body
 * (model, messages, temperature, seed, response format): never the endpoint nor the key.
 *
 * @param contribution
 *   A parsed contribution.
 * @param codebook
 *   A codebook with `instructions`.
 * @param settings
 *   The model and its parameters.
 * @returns
 *   The requests, in part order.
 */
export function buildRequests(
  contribution: Contribution,
  codebook: Codebook,
  settings: RequestSettings
): LlmRequest[] {
  const system = systemPrompt(codebook)
  const documents = toDocumentTexts(contribution, settings.maxInputTokens)
  const format = responseFormat(codebook, settings.responseFormat)
  return documents.map((document, index) => {
    const intro =
      documents.length === 1
        ? 'Code this document.'
        : `Code this document from what this part of it says (part ${index + 1} of ${documents.length}; the other parts are coded apart).`
    const body: ChatRequest = {
      model: settings.model,
      messages: [
        {role: 'system', content: system},
        {role: 'user', content: `${intro}\n\n<document>\n${document.text}</document>`}
      ],
      temperature: settings.temperature,
      seed: settings.seed,
      ...(format ? {response_format: format} : {})
    }
    return {
      key: sha256Hex(canonicalJson(body)),
      contributionId: contribution.id,
      part: index + 1,
      parts: documents.length,
      body,
      document
    }
  })
}
