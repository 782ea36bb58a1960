import type {CoderFactory} from '../code/coders/coder-factory.js'
import {crossCheck} from '../code/coders/cross-check.js'
import {createLlmCoder} from '../code/coders/llm/llm-coder.js'
import type {AnswerStore} from '../code/coders/llm/recorded.js'
import type {ResponseFormat} from '../code/coders/llm/requests.js'
import {ruleCoder} from '../code/coders/rules/rule-coder.js'
import {escapeControls} from '../messages/excerpt.js'
import {createFolderStore, openReplay} from './answer-stores.js'

const formats: readonly ResponseFormat[] = ['json-schema', 'json-object', 'text']

/** OpenAI's endpoint: the server when none is named. */
export const openAiBaseUrl = 'https://api.openai.com/v1'

/**
 * The server to ask: `--base-url`, else `WGEC_BASE_URL`, else OpenAI's endpoint, always named,
 * so that the `openai` client's own `OPENAI_BASE_URL` is never followed unseen.
 *
 * @param given
 *   `--base-url`.
 * @param environment
 *   The environment (`process.env`).
 */
export function baseUrlOf(
  given: string | undefined,
  environment: Readonly<Record<string, string | undefined>> = process.env
): string {
  return given || environment.WGEC_BASE_URL || openAiBaseUrl
}

/**
 * The API key for a server, from the environment only: `WGEC_API_KEY`; else, for OpenAI's own
 * endpoint only, `OPENAI_API_KEY` (an OpenAI key is never sent to another server); none for a
 * local server that needs none.
 *
 * @param baseUrl
 *   The server's base URL.
 * @param environment
 *   The environment (`process.env`).
 */
export function apiKeyFromEnvironment(
  baseUrl: string,
  environment: Readonly<Record<string, string | undefined>> = process.env
): string | undefined {
  if (environment.WGEC_API_KEY) return environment.WGEC_API_KEY
  let host = ''
  try {
    host = new URL(baseUrl).host
  } catch {
    return undefined
  }
  return host === 'api.openai.com' ? environment.OPENAI_API_KEY || undefined : undefined
}

/**
 * The `llm` coder as the CLI offers it (`--coder llm --llm-model <name>`): a server from
 * `--base-url` (or `WGEC_BASE_URL`, else OpenAI's; the client's `OPENAI_BASE_URL` is not read),
 * the key from the environment only (`WGEC_API_KEY`, else `OPENAI_API_KEY` for OpenAI's endpoint
 * only), answers kept in `--record DIR` and found there first,
 * or replayed offline from `--replay` (a folder of records or a batch output file). See
 * `createLlmCoder` for what it does.
 */
export const llmCoderFactory: CoderFactory = {
  id: 'llm',
  description:
    'a language model behind an OpenAI-compatible endpoint, or its recorded answers: each stance with a quote found in the text',
  options: [
    {
      name: 'llm-model',
      description: 'the model’s name, as the server knows it',
      kind: 'string',
      required: true
    },
    {
      name: 'base-url',
      description: 'the server’s base URL (default: `WGEC_BASE_URL`, else OpenAI’s)',
      kind: 'string'
    },
    {
      name: 'record',
      description: 'a folder where every request and answer is kept, and found first',
      kind: 'string'
    },
    {
      name: 'replay',
      description:
        'code offline from recorded answers: a `--record` folder or a batch output file (JSON Lines)',
      kind: 'string'
    },
    {
      name: 'runs',
      description: 'how many runs, with seeds 1 to N: the majority stance per cell (default 1)',
      kind: 'number'
    },
    {name: 'temperature', description: 'sampling temperature (default 0)', kind: 'number'},
    {
      name: 'max-input-tokens',
      description: 'largest estimated input before a document is cut by answers (default 24000)',
      kind: 'number'
    },
    {
      name: 'response-format',
      description: 'json-schema (default), json-object or text',
      kind: 'string'
    },
    {name: 'timeout', description: 'seconds one attempt may take (default 120)', kind: 'number'},
    {
      name: 'max-retries',
      description: 'retries after 429, 5xx, time-outs (default 4)',
      kind: 'number'
    },
    {
      name: 'max-response-bytes',
      description: 'largest answer read, in bytes (default 4194304)',
      kind: 'number'
    },
    {
      name: 'cross-check',
      description:
        '`rules`: also code with the rule coder, and mark the cells where the two disagree',
      kind: 'string'
    }
  ],
  create: async (options, codebook) => {
    if (!codebook.instructions)
      throw new TypeError(
        `Codebook \`${codebook.id}\` ${codebook.version} has no \`instructions\`, which are the model's prompt (see docs/codebook.md)`
      )
    const format = (options['response-format'] as string | undefined) ?? 'json-schema'
    if (!formats.includes(format as ResponseFormat))
      throw new TypeError(
        `Expected \`--response-format\` to be json-schema, json-object or text, not \`${format}\``
      )
    const record = options.record as string | undefined
    const replay = options.replay as string | undefined
    if (record && replay) throw new TypeError('Expected `--record` or `--replay`, not both')
    let store: AnswerStore | undefined
    if (replay) {
      const opened = await openReplay(replay).catch((error: Error) => {
        throw new TypeError(`Cannot read \`--replay ${replay}\`: ${error.message}`)
      })
      if (opened.problems.length > 0)
        process.stderr.write(
          `wgec: warning: ${escapeControls(replay)}: ${opened.problems.length} line(s) hold no answer: ${escapeControls(opened.problems.slice(0, 3).join('; '))}\n`
        )
      store = opened.store
    } else if (record) store = createFolderStore(record)
    const positive = (name: string, fallback: number) => {
      const value = options[name] ?? fallback
      if (typeof value !== 'number' || !(value > 0))
        throw new TypeError(`Expected \`--${name}\` to be a number above 0, not ${String(value)}`)
      return value
    }
    const retries = options['max-retries'] ?? 4
    if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0)
      throw new TypeError(
        `Expected \`--max-retries\` to be a whole number of 0 or more, not ${String(retries)}`
      )
    const baseURL = baseUrlOf(options['base-url'] as string | undefined)
    try {
      new URL(baseURL)
    } catch {
      throw new TypeError(
        'Expected `--base-url` (or `WGEC_BASE_URL`) to be a URL, such as `http://localhost:11434/v1`'
      )
    }
    // The `openai` client is loaded only when a request may be sent.
    const transport = replay
      ? undefined
      : (await import('../code/coders/llm/transport.js')).createOpenAiTransport({
          baseURL,
          apiKey: apiKeyFromEnvironment(baseURL),
          timeoutMs: positive('timeout', 120) * 1000,
          maxRetries: retries,
          maxResponseBytes: positive('max-response-bytes', 4_194_304)
        })
    const check = options['cross-check'] as string | undefined
    if (check !== undefined && check !== 'rules')
      throw new TypeError(`Expected \`--cross-check\` to be \`rules\`, not \`${check}\``)
    const coder = createLlmCoder({
      model: options['llm-model'] as string,
      runs: positive('runs', 1),
      temperature: (options.temperature as number | undefined) ?? 0,
      maxInputTokens: positive('max-input-tokens', 24_000),
      responseFormat: format as ResponseFormat,
      store,
      transport,
      recordName: replay ?? record
    })
    return check ? crossCheck(coder, ruleCoder) : coder
  }
}
