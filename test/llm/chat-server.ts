import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'

/** A request the server saw: its body and its headers. */
export interface SeenRequest {
  readonly body: {
    model: string
    seed: number
    messages: Array<{role: string; content: string}>
    response_format?: {type: string}
  }
  readonly headers: IncomingMessage['headers']
}

/** What the script does with one request: answer with a completion, or with anything else. */
export type Script = (
  request: SeenRequest,
  count: number
) =>
  | {content: string}
  | {status: number; body?: unknown; headers?: Record<string, string>}
  | {raw: (response: ServerResponse) => void}
  | {delayMs: number; answerWith: {content: string}}

/** A Chat Completions server on 127.0.0.1 that answers as its script says, and counts. */
export interface ChatServer {
  readonly url: string
  readonly seen: SeenRequest[]
  close(): Promise<void>
}

/**
 * Start a server that speaks the Chat Completions protocol (`POST /v1/chat/completions`) on a
 * free port of 127.0.0.1, answering each request as `script` says.
 */
export async function startChatServer(script: Script): Promise<ChatServer> {
  const seen: SeenRequest[] = []
  const server = createServer((request, response) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      text += chunk
    })
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end()
        return
      }
      const entry: SeenRequest = {
        body: JSON.parse(text) as SeenRequest['body'],
        headers: request.headers
      }
      seen.push(entry)
      const answer = script(entry, seen.length)
      const complete = (content: string) => {
        response.writeHead(200, {'content-type': 'application/json'})
        response.end(
          JSON.stringify({
            id: `chatcmpl-${seen.length}`,
            object: 'chat.completion',
            created: 1_700_000_000,
            model: `${entry.body.model}-served`,
            choices: [{index: 0, message: {role: 'assistant', content}, finish_reason: 'stop'}],
            usage: {prompt_tokens: 100, completion_tokens: 20, total_tokens: 120}
          })
        )
      }
      if ('content' in answer) complete(answer.content)
      else if ('raw' in answer) answer.raw(response)
      else if ('delayMs' in answer) {
        const timer = setTimeout(() => complete(answer.answerWith.content), answer.delayMs)
        response.on('close', () => clearTimeout(timer))
      } else {
        response.writeHead(answer.status, {'content-type': 'application/json', ...answer.headers})
        response.end(JSON.stringify(answer.body ?? {error: {message: `status ${answer.status}`}}))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The document a request sends, between `<document>` and `</document>`. */
export function documentOf(request: SeenRequest): string {
  const user = request.body.messages.find((message) => message.role === 'user')?.content ?? ''
  return /<document>\n([\s\S]*)<\/document>/.exec(user)?.[1] ?? ''
}

/** An answer of the six dimensions of the default codebook: `unstated` unless given. */
export function answer(cells: Partial<Record<string, {stance: string; quotes: string[]}>>): string {
  const dimensions = defaultCodebook.dimensions.map((dimension) => dimension.id)
  return JSON.stringify(
    Object.fromEntries(
      dimensions.map((dimension) => [
        dimension,
        {stance: 'unstated', quotes: [], reason: 'not stated', ...cells[dimension]}
      ])
    )
  )
}
