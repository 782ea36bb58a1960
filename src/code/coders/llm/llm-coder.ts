import type {Codebook} from '../../../schema/codebook.js'
import type {Contribution} from '../../../schema/contribution.js'
import type {Position} from '../../../schema/position.js'
import {sha256Hex} from '../../../text/sha256-hex.js'
import type {CodeContext, Coder} from '../coder.js'
import {type DimensionAnswer, parseAnswer, readAnswer} from './answer.js'
import {mergeParts, mergeRuns} from './merge.js'
import {type AnswerStore, contentOf, type RecordedExchange} from './recorded.js'
import {
  buildRequests,
  type ChatRequest,
  type LlmRequest,
  type ResponseFormat,
  systemPrompt
} from './requests.js'
import type {Transport} from './transport.js'

/** Version of the `llm` coder: how it reads answers and merges parts and runs. */
export const llmCoderVersion = '1.0.0'

/** Configuration for `createLlmCoder`. */
export interface LlmCoderOptions {
  /** The model's name, as the server knows it. */
  readonly model: string
  /**
   * How many times each request is made, with seeds 1 to `runs`: each cell gets the stance most
   * runs give (ties go to `unstated`) and the share of runs that gave it.
   *
   * @default 1
   */
  readonly runs?: number | undefined
  /** @default 0 */
  readonly temperature?: number | undefined
  /**
   * Largest estimated input, in tokens, before a contribution is cut into parts by answers.
   *
   * @default 24_000
   */
  readonly maxInputTokens?: number | undefined
  /**
   * How the answer's JSON is asked for: a JSON schema (`json-schema`, then `json-object`, then
   * none when the server refuses it), JSON mode, or plain text. The answer is always checked.
   *
   * @default 'json-schema'
   */
  readonly responseFormat?: ResponseFormat | undefined
  /**
   * Where answers are looked up before any request, and kept after (`createFolderStore` of
   * `wgec/node`, a batch output file, a store of one's own).
   *
   * @default none
   */
  readonly store?: AnswerStore | undefined
  /**
   * What sends a request (`createOpenAiTransport`). Without one, the coder only replays: an
   * answer not in the store is that document's error, naming it.
   *
   * @default none
   */
  readonly transport?: Transport | undefined
  /** What the record is (a folder, a batch file), for the provenance. */
  readonly recordName?: string | undefined
}

/** The answer to one request, after its quotes are checked. */
interface PartAnswer {
  readonly answers: DimensionAnswer[]
}

/**
 * A coder that asks a language model, through any server that speaks OpenAI's Chat Completions
 * protocol (OpenAI, Ollama, llama.cpp's server, vLLM, LM Studio), or replays recorded answers.
 * One request per contribution (or per part of a long one) codes every dimension; the prompt is
 * the codebook's own instructions (`renderInstructions`), so the codebook must have them. Each
 * stance is kept only with a quote found in the text (see `readAnswer`); parts are merged (a pole
 * in one and the other pole in another is `mixed`) and runs take the majority.
 *
 * @example
 *   const coder = createLlmCoder({model: 'gpt-4.1', transport, store})
 *   const coded = await codeContributions(contributions, {coder, codebook})
 */
export function createLlmCoder(options: LlmCoderOptions): Coder & {
  /** The requests that code a contribution, every run (what `wgec requests` writes). */
  readonly requestsFor: (contribution: Contribution, codebook: Codebook) => LlmRequest[]
} {
  const runs = options.runs ?? 1
  if (!Number.isInteger(runs) || runs < 1)
    throw new TypeError(
      `Expected \`runs\` to be a whole number of 1 or more, not ${String(options.runs)}`
    )
  if (typeof options.model !== 'string' || options.model.trim() === '')
    throw new TypeError('Expected `model`: the name of the model, as the server knows it')
  const settings = {
    model: options.model,
    temperature: options.temperature ?? 0,
    maxInputTokens: options.maxInputTokens ?? 24_000,
    responseFormat: options.responseFormat ?? 'json-schema'
  }
  // The response format the server took: later requests start from it.
  const server: ServerState = {}
  const requestsFor = (contribution: Contribution, codebook: Codebook) =>
    Array.from({length: runs}, (_, index) =>
      buildRequests(contribution, codebook, {...settings, seed: index + 1})
    ).flat()

  const answer = async (request: LlmRequest, codebook: Codebook, context: CodeContext) => {
    const recorded = await options.store?.get(request.key)
    let exchange = recorded ?? (await ask(request, context))
    let parsed = parseAnswer(contentOf(exchange.repair?.response ?? exchange.response))
    // A recorded answer that cannot be used is asked again when there is an endpoint.
    if (!parsed.ok && recorded && options.transport) {
      exchange = await ask(request, context)
      parsed = parseAnswer(contentOf(exchange.repair?.response ?? exchange.response))
    }
    if (!parsed.ok)
      throw new Error(
        `unusable answer (part ${request.part} of ${request.parts}): ${parsed.reason}`
      )
    const {answers, messages} = readAnswer(parsed.value, codebook, request.document)
    for (const message of messages) context.report?.(message)
    return {answers} satisfies PartAnswer
  }

  const ask = async (request: LlmRequest, context: CodeContext): Promise<RecordedExchange> => {
    const {transport} = options
    if (!transport)
      throw new Error(
        `no recorded answer (part ${request.part} of ${request.parts}, request ${request.key.slice(0, 12)}…)`
      )
    const started = Date.now()
    const {response, sent} = await sendWithFallback(transport, request.body, server, context.signal)
    let exchange: RecordedExchange = {
      key: request.key,
      contributionId: request.contributionId,
      part: request.part,
      parts: request.parts,
      model: modelOf(response) ?? request.body.model,
      time: new Date().toISOString(),
      latencyMs: Date.now() - started,
      usage: (response as {usage?: unknown}).usage ?? null,
      request: request.body,
      ...(sent === request.body ? {} : {sent}),
      response
    }
    const parsed = parseAnswer(contentOf(response))
    if (!parsed.ok) {
      // One repair request: the conversation so far, and what was wrong.
      const repairRequest: ChatRequest = {
        ...sent,
        messages: [
          ...sent.messages,
          {role: 'assistant', content: contentOf(response) ?? ''},
          {
            role: 'user',
            content: `That answer cannot be used: ${parsed.reason}. Answer again with only the JSON object the instructions ask for.`
          }
        ]
      }
      const repairStarted = Date.now()
      const repaired = await transport(repairRequest, context.signal)
      exchange = {
        ...exchange,
        repair: {request: repairRequest, response: repaired, latencyMs: Date.now() - repairStarted}
      }
    }
    await options.store?.put?.(exchange)
    return exchange
  }

  return {
    id: 'llm',
    version: llmCoderVersion,
    requestsFor,
    describe: (codebook: Codebook) => ({
      model: settings.model,
      runs,
      temperature: settings.temperature,
      promptSha256: sha256Hex(systemPrompt(codebook)),
      ...(options.recordName ? {record: options.recordName} : {})
    }),
    code: async (contribution: Contribution, codebook: Codebook, context: CodeContext = {}) => {
      const perRun: DimensionAnswer[][] = []
      for (let run = 1; run <= runs; run++) {
        const requests = buildRequests(contribution, codebook, {...settings, seed: run})
        const parts: PartAnswer[] = []
        for (const request of requests) parts.push(await answer(request, codebook, context))
        perRun.push(
          mergeParts(
            parts.map((part) => part.answers),
            codebook
          )
        )
      }
      return mergeRuns(perRun, codebook).map(
        (cell): Position => ({
          contributionId: contribution.id,
          dimension: cell.dimension,
          stance: cell.stance,
          score: scoreOf(cell.stance, codebook, cell.dimension),
          evidence: cell.evidence,
          ...(runs > 1 ? {runs: {stances: cell.stances, share: cell.share}} : {})
        })
      )
    }
  }
}

function scoreOf(stance: string, codebook: Codebook, dimension: string): number {
  const poles = codebook.dimensions.find((entry) => entry.id === dimension)?.poles
  if (stance === poles?.[0].id) return -1
  if (stance === poles?.[1].id) return 1
  return 0
}

function modelOf(response: unknown): string | undefined {
  const model = (response as {model?: unknown} | null)?.model
  return typeof model === 'string' ? model : undefined
}

const looser: Record<ResponseFormat, ResponseFormat | undefined> = {
  'json-schema': 'json-object',
  'json-object': 'text',
  text: undefined
}

/**
 * Send a request; when the server refuses its `response_format` (a 400 that names it), send it
 * again with the next looser one (JSON schema, JSON mode, none). Gives the response and the
 * request as sent.
 */
async function sendWithFallback(
  transport: Transport,
  body: ChatRequest,
  server: ServerState,
  signal: AbortSignal | undefined
): Promise<{response: unknown; sent: ChatRequest}> {
  // Start from the format the server took last time, when it is looser than the request's.
  let format: ResponseFormat = formatOf(body)
  if (server.accepted && rank[server.accepted] > rank[format]) format = server.accepted
  let sent = withFormat(body, format)
  for (;;) {
    try {
      const response = await transport(sent, signal)
      server.accepted = format
      return {response, sent}
    } catch (error) {
      const status = (error as {status?: unknown}).status
      const text = error instanceof Error ? error.message : ''
      const next = looser[format]
      if (status !== 400 || !next || !/response_format|json_schema|json_object|schema/i.test(text))
        throw error
      format = next
      sent = withFormat(body, format)
    }
  }
}

/** What the coder learnt of its server: the response format it takes. */
interface ServerState {
  accepted?: ResponseFormat | undefined
}

const rank: Record<ResponseFormat, number> = {'json-schema': 0, 'json-object': 1, text: 2}

/** The request with a looser response format (the same request for its own format). */
function withFormat(body: ChatRequest, format: ResponseFormat): ChatRequest {
  if (format === formatOf(body)) return body
  const {response_format: _dropped, ...rest} = body
  return format === 'text' ? rest : {...rest, response_format: {type: 'json_object'}}
}

function formatOf(body: ChatRequest): ResponseFormat {
  const type = body.response_format?.type
  return type === 'json_schema' ? 'json-schema' : type === 'json_object' ? 'json-object' : 'text'
}
