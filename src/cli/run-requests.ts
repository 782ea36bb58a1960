import {estimateTokens} from '../code/coders/llm/document-text.js'
import {createLlmCoder} from '../code/coders/llm/llm-coder.js'
import type {ResponseFormat} from '../code/coders/llm/requests.js'
import {checkOutput, givenInputs} from './check-output.js'
import {type CommonOptions, UsageError, verbosityOf} from './options.js'
import {report} from './output.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readContributions} from './read-contributions.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec requests`. */
export interface RequestsCommandOptions extends CommonOptions {
  readonly llmModel: string
  readonly runs: number
  readonly temperature: number
  readonly maxInputTokens: number
  readonly responseFormat: ResponseFormat
  readonly codebook?: string
  readonly url: string
  readonly out?: string
}

/**
 * `wgec requests`: the requests the `llm` coder would send for each contribution, as the JSON
 * Lines of OpenAI's Batch API and vLLM's `run-batch` (`custom_id`, `method`, `url`, `body`), the
 * `custom_id` being the request's key, so that `--replay` finds each answer of the batch's output.
 * A file that cannot be parsed gives no request.
 */
export async function runRequests(
  paths: string[],
  options: RequestsCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  if (options.out !== undefined) await checkOutput(options.out, givenInputs(paths, options))
  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  if (!codebook.instructions)
    throw new UsageError(
      `Cannot write requests with codebook \`${codebook.id}\` ${codebook.version}: it has no \`instructions\`, which are the model's prompt (see docs/codebook.md)`
    )
  let coder: ReturnType<typeof createLlmCoder>
  try {
    coder = createLlmCoder({
      model: options.llmModel,
      runs: options.runs,
      temperature: options.temperature,
      maxInputTokens: options.maxInputTokens,
      responseFormat: options.responseFormat
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const files = await readContributions(
    paths,
    verbosity,
    (file) => ({
      ...file,
      requests: file.parsed ? coder.requestsFor(file.parsed, codebook) : []
    }),
    {registries}
  )
  await report(files, verbosity)
  const requests = files.flatMap((file) => file.requests)
  const lines = requests.map((request) =>
    JSON.stringify({custom_id: request.key, method: 'POST', url: options.url, body: request.body})
  )
  await writeOutput(lines.length > 0 ? `${lines.join('\n')}\n` : '', options.out)
  if (verbosity !== 'quiet') {
    const tokens = requests.reduce(
      (sum, request) =>
        sum +
        request.body.messages.reduce(
          (inner, message) => inner + estimateTokens(message.content),
          0
        ),
      0
    )
    const documents = files.filter((file) => file.requests.length > 0).length
    process.stderr.write(
      `wgec: ${requests.length} request(s) for ${documents} document(s), about ${tokens} input tokens (estimated)\n`
    )
  }
}
