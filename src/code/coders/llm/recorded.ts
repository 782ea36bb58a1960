import type {ChatRequest} from './requests.js'

/**
 * One request and the model's answer, as `--record` keeps it (one JSON file per request, named by
 * its key) and as `--replay` reads it back. Never holds the endpoint or the API key.
 */
export interface RecordedExchange {
  /** SHA-256 of the canonical request: the file's name and the batch `custom_id`. */
  readonly key: string
  /** The contribution and part it codes (absent in answers read from a batch output file). */
  readonly contributionId?: string
  readonly part?: number
  readonly parts?: number
  /** The model the server says answered (`response.model`), else the one asked for. */
  readonly model: string
  /** When the answer came (ISO 8601). */
  readonly time?: string
  /** How long the request took, retries included, in milliseconds. */
  readonly latencyMs?: number
  /** The token usage the server reported. */
  readonly usage?: unknown
  /** The request as keyed (and as a batch file holds it). */
  readonly request?: ChatRequest
  /** The request as sent, when the server refused the JSON schema and a looser format was used. */
  readonly sent?: ChatRequest
  /** The Chat Completions response, as received. */
  readonly response: unknown
  /** The one repair request and its response, when the first answer was no JSON object. */
  readonly repair?: {
    readonly request: ChatRequest
    readonly response: unknown
    readonly latencyMs?: number
  }
}

/**
 * Where recorded answers are found (and, for `--record`, kept): a folder of records, a batch
 * output file, or a store of one's own (a database, an object store).
 */
export interface AnswerStore {
  /** What it is, for messages: `records/` or `batch-output.jsonl`. */
  readonly name: string
  /** The exchange recorded for a request key, if any. */
  readonly get: (key: string) => Promise<RecordedExchange | undefined>
  /** Keep an exchange (absent: the store is read-only, as a batch output file is). */
  readonly put?: ((exchange: RecordedExchange) => Promise<void>) | undefined
}

/** The text of the first choice of a Chat Completions response, if it has one. */
export function contentOf(response: unknown): string | undefined {
  if (typeof response !== 'object' || response === null) return undefined
  const choices = (response as {choices?: unknown}).choices
  if (!Array.isArray(choices)) return undefined
  const message = (choices[0] as {message?: {content?: unknown}} | undefined)?.message
  return typeof message?.content === 'string' ? message.content : undefined
}

/**
 * Read one line of a batch engine's output file (see `readBatchOutput`): the exchange it holds, a
 * problem, or nothing for a blank line.
 *
 * @param line
 *   The line.
 * @param number
 *   Its number, from 1, for the problem.
 */
export function readBatchLine(
  line: string,
  number: number
): {exchange: RecordedExchange} | {problem: string} | undefined {
  if (line.trim() === '') return undefined
  const at = `line ${number}`
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return {problem: `${at}: not JSON`}
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >
  const key = record.custom_id
  if (typeof key !== 'string' || key === '') return {problem: `${at}: no \`custom_id\``}
  const shown = key.length > 64 ? `${key.slice(0, 64)}…` : key
  const response = record.response as Record<string, unknown> | null | undefined
  const body =
    response && typeof response === 'object' && 'body' in response ? response.body : response
  const status = response && typeof response === 'object' ? response.status_code : undefined
  if (record.error || !body || (typeof status === 'number' && status !== 200)) {
    let error = `status ${String(status)}`
    if (record.error) {
      try {
        error = JSON.stringify(record.error)
      } catch {
        error = 'an error'
      }
    }
    return {problem: `${at}: \`${shown}\` has no completion (${error.slice(0, 200)})`}
  }
  const model = (body as {model?: unknown}).model
  return {
    exchange: {
      key,
      model: typeof model === 'string' ? model : 'unknown',
      usage: (body as {usage?: unknown}).usage ?? null,
      response: body
    }
  }
}

/**
 * Read a batch engine's output file (JSON Lines): OpenAI's Batch API (`{custom_id, response:
 * {status_code, body}, error}`) and vLLM's `run-batch` (the same, or `response` holding the
 * completion itself in older versions). Gives the completions by `custom_id`, and a problem for
 * each line that is not JSON, has no `custom_id`, repeats one, or holds an error instead of a
 * completion (its line number and what it says).
 *
 * @param text
 *   The file's text.
 * @returns
 *   The exchanges by key, and the problems.
 */
export function readBatchOutput(text: string): {
  exchanges: Map<string, RecordedExchange>
  problems: string[]
} {
  const exchanges = new Map<string, RecordedExchange>()
  const problems: string[] = []
  for (const [index, line] of text.split(/\r?\n/).entries())
    addBatchLine(exchanges, problems, line, index + 1)
  return {exchanges, problems}
}

/** Add what one line of a batch output holds to the exchanges, or to the problems. */
export function addBatchLine(
  exchanges: Map<string, RecordedExchange>,
  problems: string[],
  line: string,
  number: number
): void {
  const read = readBatchLine(line, number)
  if (!read) return
  if ('problem' in read) problems.push(read.problem)
  else if (exchanges.has(read.exchange.key))
    problems.push(
      `line ${number}: \`custom_id\` ${read.exchange.key.slice(0, 64)} again (the first is kept)`
    )
  else exchanges.set(read.exchange.key, read.exchange)
}
