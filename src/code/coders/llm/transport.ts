import OpenAI from 'openai'
import type {ChatRequest} from './requests.js'

/** Sends one Chat Completions request and gives the response as received. */
export type Transport = (body: ChatRequest, signal?: AbortSignal) => Promise<unknown>

/** How to reach an OpenAI-compatible server. */
export interface TransportOptions {
  /** The server's base URL (`http://localhost:11434/v1` for Ollama); OpenAI's when absent. */
  readonly baseURL?: string | undefined
  /** The API key: give it from the environment, never from a file that is shared. */
  readonly apiKey?: string | undefined
  /** Time-out of one attempt, in milliseconds. */
  readonly timeoutMs: number
  /** Retries after a 408, 409, 429, 5xx, time-out or lost connection (with back-off). */
  readonly maxRetries: number
  /** Largest response body read, in bytes: a larger one is an error, never read whole. */
  readonly maxResponseBytes: number
}

/** The status of an HTTP error from the server (400, 429…), if the error is one. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof OpenAI.APIError && typeof error.status === 'number'
    ? error.status
    : undefined
}

/**
 * A transport through the official `openai` client: it retries 408, 409, 429 and 5xx answers,
 * time-outs and lost connections up to `maxRetries` times, with exponential back-off from half a
 * second to eight, with jitter, waiting what `Retry-After` (or `retry-after-ms`) asks instead when
 * the server says; a response body larger than `maxResponseBytes` is cut off with an error. The
 * API key is in no error it gives.
 *
 * @param options
 *   The server, the key and the limits.
 * @returns
 *   The transport.
 */
export function createOpenAiTransport(options: TransportOptions): Transport {
  const {apiKey} = options
  const client = new OpenAI({
    ...(options.baseURL ? {baseURL: options.baseURL} : {}),
    // Local servers need no key; the client needs a value.
    apiKey: apiKey || 'no-key',
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    dangerouslyAllowBrowser: true,
    fetch: (url, init) => boundedFetch(url, init, options.maxResponseBytes)
  })
  return async (body, signal) => {
    try {
      return await client.chat.completions.create(
        body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming,
        signal ? {signal} : {}
      )
    } catch (error) {
      throw redact(error, apiKey)
    }
  }
}

/** `fetch`, its response body cut off with an error past `maxBytes`. */
async function boundedFetch(
  url: string | URL | Request,
  init: RequestInit | undefined,
  maxBytes: number
): Promise<Response> {
  const response = await fetch(url, init)
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) {
    await response.body?.cancel()
    throw new Error(
      `The server's response is ${declared} bytes, expected at most ${maxBytes} (\`maxResponseBytes\`)`
    )
  }
  if (!response.body) return response
  let read = 0
  const limited = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength
        if (read > maxBytes)
          controller.error(
            new Error(
              `The server's response is over ${maxBytes} bytes (\`maxResponseBytes\`): not read further`
            )
          )
        else controller.enqueue(chunk)
      }
    })
  )
  return new Response(limited, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  })
}

/**
 * The error as a new `Error` with its name, its message (the API key, and anything that looks like
 * an OpenAI key, taken out) and its HTTP status: never the client's error object, whose body and
 * headers could hold what the server echoed.
 */
function redact(error: unknown, apiKey: string | undefined): Error {
  const clean = (text: string) => {
    const value = apiKey && apiKey.length >= 4 ? text.split(apiKey).join('[API key]') : text
    return value.replace(/\bsk-[\w*-]{4,}/g, '[API key]')
  }
  const copy = new Error(clean(error instanceof Error ? error.message : String(error)))
  if (error instanceof Error) copy.name = error.name
  const status = statusOf(error)
  return status === undefined ? copy : Object.assign(copy, {status})
}
