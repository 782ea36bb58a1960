import {mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {afterEach, describe, expect, it} from 'vitest'
import {createLlmCoder, type LlmCoderOptions} from '../../src/code/coders/llm/llm-coder.js'
import {readBatchOutput} from '../../src/code/coders/llm/recorded.js'
import {createOpenAiTransport} from '../../src/code/coders/llm/transport.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {createFolderStore} from '../../src/node/answer-stores.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {Contribution} from '../../src/schema/contribution.js'
import {answer, type ChatServer, documentOf, type Script, startChatServer} from './chat-server.js'

const fixture = (name: string) =>
  readFile(new URL(`../fixtures/llm/${name}`, import.meta.url), 'utf8')
const orchid = async () => parseContribution(await fixture('orchid-network.md')).contribution
const basalt = async () => parseContribution(await fixture('basalt-institute.md')).contribution

const equal =
  'We believe that governments, firms, the technical community and civil society must all take part in making Internet public policy, on an equal footing.'
const noNewBody =
  'No new body should be created for enhanced cooperation; the existing organisations should be strengthened instead.'
const good = answer({
  mechanism: {stance: 'multistakeholder', quotes: [equal]},
  'new-mechanism': {stance: 'existing-institutions', quotes: [noNewBody]}
})

let server: ChatServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** A coder on a server that answers as `script` says. */
async function coderOn(script: Script, options: Partial<LlmCoderOptions> = {}, apiKey?: string) {
  server = await startChatServer(script)
  const transport = createOpenAiTransport({
    baseURL: server.url,
    apiKey,
    timeoutMs: 2000,
    maxRetries: 2,
    maxResponseBytes: 1_000_000
  })
  return createLlmCoder({model: 'test-model', transport, ...options})
}

async function code(
  coder: ReturnType<typeof createLlmCoder>,
  contribution: Contribution
): Promise<{positions: Awaited<ReturnType<typeof coder.code>>; messages: VFileMessage[]}> {
  const messages: VFileMessage[] = []
  const positions = await coder.code(contribution, defaultCodebook, {
    report: (message) => messages.push(message)
  })
  return {positions, messages}
}

const stances = (positions: Array<{stance: string}>) => positions.map((position) => position.stance)

describe('createLlmCoder on a Chat Completions server', () => {
  it('sends one request with the codebook’s instructions, the document and a JSON schema, and ties each stance to the sentence quoted', async () => {
    const coder = await coderOn(() => ({content: good}))
    const contribution = await orchid()
    const {positions, messages} = await code(coder, contribution)
    expect(messages).toEqual([])
    expect(stances(positions)).toEqual([
      'multistakeholder',
      'existing-institutions',
      'unstated',
      'unstated',
      'unstated',
      'unstated'
    ])
    expect(positions.map((position) => position.score)).toEqual([1, 1, 0, 0, 0, 0])
    const [evidence] = positions[0]?.evidence ?? []
    expect(evidence?.quote).toBe(equal)
    // The place is the sentence's in the source file (front matter included).
    const source = await fixture('orchid-network.md')
    expect(source.slice(evidence?.place.start.offset, evidence?.place.end.offset)).toBe(equal)
    expect(evidence?.place.start.line).toBe(
      source.slice(0, source.indexOf(equal)).split('\n').length
    )

    const [request] = server?.seen ?? []
    expect(server?.seen).toHaveLength(1)
    expect(request?.body.model).toBe('test-model')
    expect(request?.body.seed).toBe(1)
    expect(request?.body.response_format?.type).toBe('json_schema')
    const system = request?.body.messages[0]?.content ?? ''
    expect(system).toContain('**What does not count.**')
    expect(system).toContain(defaultCodebook.instructions?.deciding)
    expect(documentOf(request as never)).toContain(equal)
    expect(documentOf(request as never)).toContain('Submitted by: Orchid Network')
  })

  it('reads JSON in a Markdown code fence', async () => {
    const coder = await coderOn(() => ({content: `\`\`\`json\n${good}\n\`\`\``}))
    const {positions} = await code(coder, await orchid())
    expect(stances(positions).slice(0, 2)).toEqual(['multistakeholder', 'existing-institutions'])
  })

  it('asks once more when the answer is no JSON, and records both', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-records-'))
    const coder = await coderOn(
      (request) => ({
        content:
          request.body.messages.length === 2
            ? 'Here is my coding: mechanism is multistakeholder'
            : good
      }),
      {store: createFolderStore(folder)}
    )
    const {positions} = await code(coder, await orchid())
    expect(stances(positions)[0]).toBe('multistakeholder')
    expect(server?.seen).toHaveLength(2)
    const repair = server?.seen[1]?.body.messages ?? []
    expect(repair.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user'])
    expect(repair[3]?.content).toContain('not JSON')
    const [file] = await readdir(folder)
    const record = JSON.parse(await readFile(join(folder, file ?? ''), 'utf8'))
    expect(record.repair.request.messages).toHaveLength(4)
    expect(record.response.choices[0].message.content).toContain('Here is my coding')
  })

  it('fails that document when the repaired answer is no JSON either', async () => {
    const coder = await coderOn(() => ({content: 'no'}))
    await expect(code(coder, await orchid())).rejects.toThrow(
      /unusable answer \(part 1 of 1\): it is not JSON/
    )
    expect(server?.seen).toHaveLength(2)
  })

  it('drops a quote that is not in the text (quote-not-found), and a stance left with none is unstated (unverified-stance)', async () => {
    const coder = await coderOn(() => ({
      content: answer({
        mechanism: {
          stance: 'multistakeholder',
          quotes: [equal, 'All stakeholders decide everything together.']
        },
        'new-mechanism': {stance: 'new-body', quotes: ['A new body is needed.']}
      })
    }))
    const {positions, messages} = await code(coder, await orchid())
    expect(stances(positions).slice(0, 2)).toEqual(['multistakeholder', 'unstated'])
    expect(positions[0]?.evidence).toHaveLength(1)
    expect(messages.map((message) => message.ruleId)).toEqual([
      'quote-not-found',
      'quote-not-found',
      'unverified-stance'
    ])
    expect(messages[0]?.reason).toContain('All stakeholders decide everything together.')
    expect(messages[2]?.reason).toContain('`new-body`')
  })

  it('finds a quote whose white space, quotation marks and dashes differ, and nothing looser', async () => {
    const coder = await coderOn(() => ({
      content: answer({
        'new-mechanism': {
          stance: 'existing-institutions',
          quotes: [
            'No  new body should be created for enhanced cooperation;\nthe existing organisations should be strengthened instead.'
          ]
        },
        mechanism: {stance: 'multistakeholder', quotes: [equal.toLowerCase()]}
      })
    }))
    const {positions, messages} = await code(coder, await orchid())
    expect(stances(positions).slice(0, 2)).toEqual(['unstated', 'existing-institutions'])
    expect(positions[1]?.evidence[0]?.quote).toBe(noNewBody)
    expect(messages.map((message) => message.ruleId)).toEqual([
      'quote-not-found',
      'unverified-stance'
    ])
  })

  it('codes an unknown pole, a missing and an extra dimension as messages, never a crash', async () => {
    const value = JSON.parse(good)
    value.mechanism.stance = 'technocratic'
    delete value['igf-relation']
    value.budget = {stance: 'more', quotes: [], reason: ''}
    const coder = await coderOn(() => ({content: JSON.stringify(value)}))
    const {positions, messages} = await code(coder, await orchid())
    expect(stances(positions)).toEqual([
      'unstated',
      'existing-institutions',
      'unstated',
      'unstated',
      'unstated',
      'unstated'
    ])
    expect(messages.map((message) => message.ruleId)).toEqual([
      'invalid-answer',
      'invalid-answer',
      'invalid-answer'
    ])
    expect(messages.map((message) => message.reason).join('\n')).toMatch(
      /extra dimension `budget`[\s\S]*`technocratic`[\s\S]*no `igf-relation`/
    )
  })

  it('waits as Retry-After says after a 429, then codes', async () => {
    const coder = await coderOn((_, count) =>
      count === 1 ? {status: 429, headers: {'retry-after': '0.05'}} : {content: good}
    )
    const {positions} = await code(coder, await orchid())
    expect(stances(positions)[0]).toBe('multistakeholder')
    expect(server?.seen).toHaveLength(2)
  })

  it('retries after a time-out', async () => {
    const coder = await coderOn((_, count) =>
      count === 1 ? {delayMs: 5000, answerWith: {content: good}} : {content: good}
    )
    const {positions} = await code(coder, await orchid())
    expect(stances(positions)[0]).toBe('multistakeholder')
    expect(server?.seen).toHaveLength(2)
  })

  it('gives up after the retries on endless 500s: that document’s error', async () => {
    const coder = await coderOn(() => ({status: 500}))
    await expect(code(coder, await orchid())).rejects.toThrow(/500/)
    expect(server?.seen).toHaveLength(3)
  })

  it('reads no more than maxResponseBytes of an answer of many megabytes', async () => {
    const coder = await coderOn(() => ({
      raw: (response) => {
        response.writeHead(200, {'content-type': 'application/json'})
        const chunk = 'x'.repeat(1024 * 1024)
        let sent = 0
        const write = () => {
          while (sent < 64) {
            sent++
            if (!response.write(chunk)) {
              response.once('drain', write)
              return
            }
          }
          response.end()
        }
        write()
      }
    }))
    await expect(code(coder, await orchid())).rejects.toThrow(/maxResponseBytes/)
  })

  it('falls back to JSON mode when the server refuses the JSON schema, and records what was sent', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-records-'))
    const coder = await coderOn(
      (request) =>
        request.body.response_format?.type === 'json_schema'
          ? {
              status: 400,
              body: {
                error: {message: "response_format 'json_schema' is not supported by this model"}
              }
            }
          : {content: good},
      {store: createFolderStore(folder)}
    )
    const {positions} = await code(coder, await orchid())
    expect(stances(positions)[0]).toBe('multistakeholder')
    expect(server?.seen.map((request) => request.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object'
    ])
    const [file] = await readdir(folder)
    const record = JSON.parse(await readFile(join(folder, file ?? ''), 'utf8'))
    expect(record.request.response_format.type).toBe('json_schema')
    expect(record.sent.response_format.type).toBe('json_object')
  })

  it('keeps the API key out of errors and records, though the server echoes it', async () => {
    const key = 'sk-test-Zq81LmVf02KeepMeSecret'
    const folder = await mkdtemp(join(tmpdir(), 'wgec-records-'))
    const coder = await coderOn(
      (request, count) =>
        count === 1
          ? {
              status: 401,
              body: {
                error: {
                  message: `Incorrect API key provided: ${String(request.headers.authorization).replace('Bearer ', '')}`
                }
              }
            }
          : {content: good},
      {store: createFolderStore(folder)},
      key
    )
    const error = await code(coder, await orchid()).catch((caught: Error) => caught)
    expect(server?.seen[0]?.headers.authorization).toBe(`Bearer ${key}`)
    expect(String((error as Error).message)).not.toContain('Zq81LmVf02KeepMeSecret')
    expect(String((error as Error).message)).toContain('[API key]')
    await code(coder, await orchid())
    for (const file of await readdir(folder)) {
      expect(await readFile(join(folder, file), 'utf8')).not.toContain('Zq81LmVf02KeepMeSecret')
    }
  })

  it('takes a key that does not look like OpenAI’s out of errors too', async () => {
    const key = 'local-token-4f9e2c7a1b'
    const coder = await coderOn(
      (request) => ({
        status: 403,
        body: {
          error: {message: `Token ${String(request.headers.authorization).slice(7)} is not allowed`}
        }
      }),
      {},
      key
    )
    const error = (await code(coder, await orchid()).catch((caught: Error) => caught)) as Error
    expect(error.message).toContain('Token [API key] is not allowed')
    expect(JSON.stringify({...error, message: error.message})).not.toContain(key)
  })

  it('stops its request when the signal is aborted', async () => {
    const coder = await coderOn(() => ({delayMs: 5000, answerWith: {content: good}}))
    const controller = new AbortController()
    const pending = coder.code(await orchid(), defaultCodebook, {signal: controller.signal})
    setTimeout(() => controller.abort(), 50)
    await expect(pending).rejects.toThrow(/abort/i)
  })
})

describe('what counts as a quote', () => {
  it('takes a quote at a place in the submitter’s text when it is also in the title', async () => {
    const {contribution} = parseContribution(
      '---\ntitle: We support multistakeholder governance.\nsubmitter: Cress Alliance\n---\n\nThe Cress Alliance writes to the Working Group.\n\nWe support multistakeholder governance.\n'
    )
    const coder = await coderOn(() => ({
      content: answer({
        mechanism: {stance: 'multistakeholder', quotes: ['We support multistakeholder governance.']}
      })
    }))
    const {positions, messages} = await code(coder, contribution)
    expect(messages).toEqual([])
    expect(positions[0]?.stance).toBe('multistakeholder')
    expect(positions[0]?.evidence[0]?.place.start.line).toBe(8)
  })

  it('does not take a word or a short fragment for a quote, nor the question', async () => {
    const coder = await coderOn(() => ({
      content: answer({
        mechanism: {stance: 'multistakeholder', quotes: ['s', 'equal footing']},
        'new-mechanism': {
          stance: 'existing-institutions',
          quotes: ['Submission by the Orchid Network']
        }
      })
    }))
    const {positions, messages} = await code(coder, await orchid())
    expect(stances(positions).slice(0, 2)).toEqual(['unstated', 'unstated'])
    expect(messages.map((message) => message.ruleId)).toEqual([
      'quote-not-found',
      'quote-not-found',
      'unverified-stance',
      'quote-not-found',
      'unverified-stance'
    ])
  })

  it('reports 20,000 extra dimensions as one message', async () => {
    const value = JSON.parse(good)
    for (let index = 0; index < 20_000; index++) value[`extra-${index}`] = {}
    const coder = await coderOn(() => ({content: JSON.stringify(value)}))
    const {positions, messages} = await code(coder, await orchid())
    expect(stances(positions)[0]).toBe('multistakeholder')
    expect(messages).toHaveLength(1)
    expect(messages[0]?.reason).toContain(
      'extra dimensions `extra-0`, `extra-1`, `extra-2` and 19997 more, left out'
    )
  })
})

describe('record and replay', () => {
  it('asks again when a recorded answer cannot be used and there is an endpoint', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-records-'))
    let broken = true
    const coder = await coderOn(() => ({content: broken ? 'not JSON' : good}), {
      store: createFolderStore(folder)
    })
    await expect(code(coder, await orchid())).rejects.toThrow(/unusable answer/)
    expect(server?.seen).toHaveLength(2)
    broken = false
    const {positions} = await code(coder, await orchid())
    expect(stances(positions)[0]).toBe('multistakeholder')
    expect(server?.seen).toHaveLength(3)
    // The good answer replaced the bad one: replayed offline now.
    const offline = createLlmCoder({
      model: 'test-model',
      store: createFolderStore(folder, {readOnly: true})
    })
    expect(stances((await code(offline, await orchid())).positions)[0]).toBe('multistakeholder')
  })

  it('remembers the response format the server took: later requests start from it', async () => {
    const coder = await coderOn((request) =>
      request.body.response_format?.type === 'json_schema'
        ? {status: 400, body: {error: {message: 'response_format json_schema is not supported'}}}
        : {content: good}
    )
    await code(coder, await orchid())
    await code(coder, await basalt())
    expect(server?.seen.map((request) => request.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
      'json_object'
    ])
  })

  it('finds its answers in the record: a second run sends nothing, and a coder with no endpoint replays them', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-records-'))
    const coder = await coderOn(
      (request) =>
        documentOf(request).includes('Basalt')
          ? {
              content: answer({
                'state-authority': {
                  stance: 'sovereign-states',
                  quotes: ['Such a mechanism should be anchored in the United Nations.']
                }
              })
            }
          : {content: good},
      {store: createFolderStore(folder)}
    )
    const first = [await code(coder, await orchid()), await code(coder, await basalt())]
    expect(server?.seen).toHaveLength(2)
    const again = [await code(coder, await orchid()), await code(coder, await basalt())]
    expect(server?.seen).toHaveLength(2)
    expect(again).toEqual(first)
    const files = await readdir(folder)
    expect(files.sort()).toHaveLength(2)
    const record = JSON.parse(await readFile(join(folder, files[0] ?? ''), 'utf8'))
    expect(Object.keys(record)).toEqual(
      expect.arrayContaining(['key', 'model', 'time', 'latencyMs', 'usage', 'request', 'response'])
    )
    expect(record.model).toBe('test-model-served')
    expect(`${record.key}.json`).toBe(files[0])

    const offline = createLlmCoder({
      model: 'test-model',
      store: createFolderStore(folder, {readOnly: true})
    })
    expect([await code(offline, await orchid()), await code(offline, await basalt())]).toEqual(
      first
    )
    const other = createLlmCoder({
      model: 'another-model',
      store: createFolderStore(folder, {readOnly: true})
    })
    await expect(code(other, await orchid())).rejects.toThrow(
      /no recorded answer \(part 1 of 1, request [0-9a-f]{12}…\)/
    )
  })

  it('replays the output files of OpenAI’s Batch API and of vLLM’s run-batch', async () => {
    const contribution = await orchid()
    const coder = createLlmCoder({model: 'test-model'})
    const [request] = coder.requestsFor(contribution, defaultCodebook)
    const completion = {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      model: 'test-model',
      choices: [{index: 0, message: {role: 'assistant', content: good}, finish_reason: 'stop'}]
    }
    const openai = `${JSON.stringify({id: 'batch_req_1', custom_id: request?.key, response: {status_code: 200, request_id: 'r', body: completion}, error: null})}\n`
    const vllm = `${JSON.stringify({id: 'vllm-1', custom_id: request?.key, response: completion, error: null})}\n`
    for (const text of [openai, vllm]) {
      const {exchanges, problems} = readBatchOutput(text)
      expect(problems).toEqual([])
      const replayed = createLlmCoder({
        model: 'test-model',
        store: {name: 'batch', get: async (key) => exchanges.get(key)}
      })
      const {positions} = await code(replayed, contribution)
      expect(stances(positions).slice(0, 2)).toEqual(['multistakeholder', 'existing-institutions'])
    }
  })

  it('says which lines of a batch output hold no answer', () => {
    const text = [
      'not json',
      JSON.stringify({response: {}}),
      JSON.stringify({
        custom_id: 'a',
        response: {status_code: 500, body: {error: 'boom'}},
        error: null
      }),
      JSON.stringify({custom_id: 'b', response: null, error: {message: 'expired'}}),
      JSON.stringify({
        custom_id: 'c',
        response: {status_code: 200, body: {model: 'm', choices: []}}
      }),
      JSON.stringify({
        custom_id: 'c',
        response: {status_code: 200, body: {model: 'm', choices: []}}
      })
    ].join('\n')
    const {exchanges, problems} = readBatchOutput(text)
    expect([...exchanges.keys()]).toEqual(['c'])
    expect(problems).toEqual([
      'line 1: not JSON',
      'line 2: no `custom_id`',
      'line 3: `a` has no completion (status 500)',
      'line 4: `b` has no completion ({"message":"expired"})',
      'line 6: `custom_id` c again (the first is kept)'
    ])
  })
})

describe('runs and parts', () => {
  it('gives each cell the majority of the runs (seeds 1 to N) and the share', async () => {
    const coder = await coderOn(
      (request) =>
        request.body.seed === 2
          ? {content: answer({mechanism: {stance: 'mixed', quotes: [equal]}})}
          : {content: good},
      {runs: 3}
    )
    const {positions} = await code(coder, await orchid())
    expect(server?.seen.map((request) => request.body.seed)).toEqual([1, 2, 3])
    expect(positions[0]).toMatchObject({
      stance: 'multistakeholder',
      runs: {stances: ['multistakeholder', 'mixed', 'multistakeholder'], share: 2 / 3}
    })
    expect(positions[1]).toMatchObject({
      stance: 'existing-institutions',
      runs: {share: (1 / 3) * 2}
    })
    expect(positions[1]?.runs?.stances).toEqual([
      'existing-institutions',
      'unstated',
      'existing-institutions'
    ])
    expect(positions[2]?.runs).toEqual({stances: ['unstated', 'unstated', 'unstated'], share: 1})
  })

  it('a tie between runs is unstated', async () => {
    const coder = await coderOn(
      (request) => (request.body.seed === 2 ? {content: answer({})} : {content: good}),
      {runs: 2}
    )
    const {positions} = await code(coder, await orchid())
    expect(positions[0]).toMatchObject({
      stance: 'unstated',
      runs: {stances: ['multistakeholder', 'unstated'], share: 0.5}
    })
  })

  it('cuts a long contribution by answers and merges the parts: both poles are mixed, quotes kept', async () => {
    const paragraphs = Array.from(
      {length: 30},
      (_, index) =>
        `Paragraph ${index} of filler that says nothing about governance at all, again and again.`
    )
    const text = `# Submission by the Fennel Forum\n\n## Question 1\n\nWe support an intergovernmental mechanism for Internet public policy.\n\n${paragraphs.join('\n\n')}\n\n## Question 2\n\nAll stakeholders should decide together on an equal footing.\n\n${paragraphs.join('\n\n')}\n`
    const contribution = parseContribution(text).contribution
    const coder = await coderOn(
      (request) => {
        const document = documentOf(request)
        const first = 'We support an intergovernmental mechanism for Internet public policy.'
        const second = 'All stakeholders should decide together on an equal footing.'
        if (document.includes(first) && document.includes(second)) throw new Error('one part')
        if (document.includes(first))
          return {content: answer({mechanism: {stance: 'intergovernmental', quotes: [first]}})}
        if (document.includes(second))
          return {content: answer({mechanism: {stance: 'multistakeholder', quotes: [second]}})}
        return {content: answer({})}
      },
      {maxInputTokens: 400}
    )
    const {positions} = await code(coder, contribution)
    expect(server?.seen.length).toBeGreaterThan(1)
    expect(server?.seen[0]?.body.messages[1]?.content).toMatch(/part 1 of \d/)
    expect(positions[0]?.stance).toBe('mixed')
    expect(positions[0]?.evidence.map((item) => item.pole)).toEqual([
      'intergovernmental',
      'multistakeholder'
    ])
  })
})
