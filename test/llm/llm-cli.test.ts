import {execFile, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterEach, describe, expect, it} from 'vitest'
import {apiKeyFromEnvironment, baseUrlOf} from '../../src/node/llm-coder-factory.js'
import {cli, root} from '../cli/run-wgec.js'
import {answer, type ChatServer, documentOf, type Script, startChatServer} from './chat-server.js'

const run = promisify(execFile)
const orchid = 'test/fixtures/llm/orchid-network.md'
const basalt = 'test/fixtures/llm/basalt-institute.md'
const key = 'sk-test-Qx7RemainsUnseen99'
/** `--coder llm` with a model of that name. */
const llm = ['--coder', 'llm', '--llm-model', 'm']

/** Run the CLI with an environment of its own (the API key among it). */
async function wgecWith(environment: Record<string, string>, ...args: string[]) {
  try {
    const {stdout, stderr} = await run(process.execPath, [cli, ...args], {
      cwd: root,
      env: {...process.env, NO_COLOR: '1', WGEC_API_KEY: '', OPENAI_API_KEY: '', ...environment}
    })
    return {stdout, stderr, code: 0}
  } catch (error) {
    const failure = error as {stdout: string; stderr: string; code: number}
    return {stdout: failure.stdout, stderr: failure.stderr, code: failure.code}
  }
}

const script: Script = (request) =>
  documentOf(request).includes('Basalt')
    ? {
        content: answer({
          'state-authority': {
            stance: 'sovereign-states',
            quotes: [
              'The Basalt Institute considers that Internet public policy is the sovereign right of states, which should decide it together in an intergovernmental mechanism.'
            ]
          },
          'un-role': {
            stance: 'un-centred',
            quotes: ['Such a mechanism should be anchored in the United Nations.']
          }
        })
      }
    : {
        content: answer({
          mechanism: {
            stance: 'multistakeholder',
            quotes: [
              'We believe that governments, firms, the technical community and civil society must all take part in making Internet public policy, on an equal footing.'
            ]
          }
        })
      }

let server: ChatServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('wgec --coder llm', () => {
  it('records every answer; a second run sends nothing and prints the same; --replay codes offline, the same again', async () => {
    server = await startChatServer(script)
    const records = join(await mkdtemp(join(tmpdir(), 'wgec-llm-')), 'records')
    const args = [
      'code',
      orchid,
      basalt,
      '--coder',
      'llm',
      '--llm-model',
      'small-model',
      '--format',
      'json',
      '--quiet'
    ]
    const first = await wgecWith(
      {WGEC_API_KEY: key},
      ...args,
      '--base-url',
      server.url,
      '--record',
      records
    )
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(server.seen).toHaveLength(2)
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${key}`)
    const coded = JSON.parse(first.stdout) as Array<{
      positions: Array<{dimension: string; stance: string}>
    }>
    expect(coded[0]?.positions[0]?.stance).toBe('multistakeholder')
    expect(coded[1]?.positions.map((position) => position.stance)).toEqual([
      'unstated',
      'unstated',
      'un-centred',
      'sovereign-states',
      'unstated',
      'unstated'
    ])

    const second = await wgecWith(
      {WGEC_API_KEY: key},
      ...args,
      '--base-url',
      server.url,
      '--record',
      records
    )
    expect(server.seen).toHaveLength(2)
    expect(second.stdout).toBe(first.stdout)

    await server.close()
    server = undefined
    const replayed = await wgecWith({}, ...args, '--replay', records)
    expect(replayed.code).toBe(0)
    expect(replayed.stdout).toBe(first.stdout)

    for (const file of await readdir(records)) {
      const text = await readFile(join(records, file), 'utf8')
      expect(text).not.toContain(key)
      expect(text).not.toContain('127.0.0.1')
    }
  })

  it('a document whose answer is not in the record is that file’s coder-failed, named; the others are coded', async () => {
    server = await startChatServer(script)
    const records = join(await mkdtemp(join(tmpdir(), 'wgec-llm-')), 'records')
    await wgecWith({}, 'code', orchid, ...llm, '--base-url', server.url, '--record', records)
    const {code, stdout, stderr} = await wgecWith(
      {},
      'code',
      orchid,
      basalt,
      ...llm,
      '--replay',
      records,
      '--format',
      'json'
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(
      new RegExp(
        `${basalt}\\n.*no recorded answer \\(part 1 of 1, request [0-9a-f]{12}…\\).*coder-failed`
      )
    )
    const files = JSON.parse(stdout) as Array<{file: string; positions: unknown[] | null}>
    expect(files.map((file) => file.positions === null)).toEqual([false, true])
  })

  it('endless 500s for one document: bounded retries, that file’s coder-failed, the other coded', async () => {
    server = await startChatServer((request) =>
      documentOf(request).includes('Basalt') ? {status: 500} : script(request, 0)
    )
    const {code, stdout, stderr} = await wgecWith(
      {WGEC_API_KEY: key},
      'code',
      orchid,
      basalt,
      ...llm,
      '--base-url',
      server.url,
      '--max-retries',
      '1',
      '--format',
      'json'
    )
    expect(code).toBe(1)
    expect(server.seen.filter((request) => documentOf(request).includes('Basalt'))).toHaveLength(2)
    expect(stderr).toContain('coder-failed')
    const files = JSON.parse(stdout) as Array<{positions: Array<{stance: string}> | null}>
    expect(files[0]?.positions?.[0]?.stance).toBe('multistakeholder')
    expect(files[1]?.positions).toBeNull()
  })

  it('never prints the API key, though the server echoes it in its error', async () => {
    server = await startChatServer((request) => ({
      status: 401,
      body: {
        error: {
          message: `Incorrect API key provided: ${String(request.headers.authorization).slice(7)}`
        }
      }
    }))
    const {code, stdout, stderr} = await wgecWith(
      {WGEC_API_KEY: key},
      'compare',
      orchid,
      ...llm,
      '--base-url',
      server.url,
      '--format',
      'json'
    )
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${key}`)
    expect(code).toBe(1)
    expect(`${stdout}${stderr}`).not.toContain('Qx7RemainsUnseen99')
    expect(stderr).toContain('[API key]')
  })
})

describe('wgec validate with the llm coder', () => {
  it('measures it against hand codings, and reports a quote not found on its file', async () => {
    server = await startChatServer(() => ({
      content: answer({
        mechanism: {stance: 'multistakeholder', quotes: ['Everyone decides everything, always.']},
        'new-mechanism': {
          stance: 'existing-institutions',
          quotes: [
            'No new body should be created for enhanced cooperation; the existing organisations should be strengthened instead.'
          ]
        }
      })
    }))
    const folder = await mkdtemp(join(tmpdir(), 'wgec-llm-'))
    const codings = join(folder, 'codings.json')
    await writeFile(
      codings,
      JSON.stringify([
        {file: 'orchid-network.md', dimension: 'mechanism', stance: 'multistakeholder'},
        {file: 'orchid-network.md', dimension: 'new-mechanism', stance: 'existing-institutions'}
      ])
    )
    const {code, stdout, stderr} = await wgecWith(
      {},
      'validate',
      orchid,
      '--codings',
      codings,
      ...llm,
      '--base-url',
      server.url,
      '--format',
      'json'
    )
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as {overall: {found: {count: number; of: number}}}
    // The mechanism stance had no quote found, so it is unstated: one of two stated stances found.
    expect(report.overall.found).toMatchObject({count: 1, of: 2})
    expect(stderr).toMatch(/orchid-network\.md[\s\S]*quote-not-found[\s\S]*unverified-stance/)
  })
})

describe('Ctrl-C', () => {
  it('stops the requests, keeps what is recorded, and exits 130; the next run resumes', async () => {
    server = await startChatServer((request) =>
      documentOf(request).includes('Basalt')
        ? {delayMs: 60_000, answerWith: {content: answer({})}}
        : script(request, 0)
    )
    const records = join(await mkdtemp(join(tmpdir(), 'wgec-llm-')), 'records')
    const child = spawn(
      process.execPath,
      [
        cli,
        'code',
        orchid,
        basalt,
        ...llm,
        '--base-url',
        server.url,
        '--record',
        records,
        '--concurrency',
        '2'
      ],
      {cwd: root, env: {...process.env, NO_COLOR: '1'}}
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code))
    )
    // Wait until both requests are in, and the first is recorded.
    for (let tries = 0; tries < 200; tries++) {
      if (server.seen.length === 2 && (await readdir(records).catch(() => [])).length === 1) break
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    expect(server.seen).toHaveLength(2)
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(stderr).toContain('SIGINT: stopping; what is recorded is kept')
    expect(await readdir(records)).toHaveLength(1)

    // The next run asks only for what is missing.
    await server.close()
    server = await startChatServer(script)
    const again = await wgecWith(
      {},
      'code',
      orchid,
      basalt,
      ...llm,
      '--base-url',
      server.url,
      '--record',
      records,
      '--quiet'
    )
    expect(again.code).toBe(0)
    expect(server.seen.map((request) => documentOf(request).includes('Basalt'))).toEqual([true])
  })
})

describe('the provenance of a comparison coded by the llm coder', () => {
  it('names the model, the runs, the prompt’s SHA-256 and the record', async () => {
    server = await startChatServer(script)
    const records = join(await mkdtemp(join(tmpdir(), 'wgec-llm-')), 'records')
    const {code, stdout} = await wgecWith(
      {},
      'compare',
      orchid,
      basalt,
      ...llm,
      '--base-url',
      server.url,
      '--record',
      records,
      '--format',
      'json',
      '--samples',
      '10',
      '--quiet'
    )
    expect(code).toBe(0)
    const system = server.seen[0]?.body.messages[0]?.content ?? ''
    const {provenance} = JSON.parse(stdout) as {
      provenance: {coder: string; coderDetails: Record<string, unknown>}
    }
    expect(provenance.coder).toBe('llm')
    expect(provenance.coderDetails).toEqual({
      model: 'm',
      runs: 1,
      temperature: 0,
      promptSha256: createHash('sha256').update(system).digest('hex'),
      record: records
    })
  })
})

describe('wgec review with the llm coder', () => {
  it('checked against the rules, puts the cells where they disagree first and marks them', async () => {
    server = await startChatServer(script)
    const records = join(await mkdtemp(join(tmpdir(), 'wgec-llm-')), 'records')
    const args = [...llm, '--cross-check', 'rules', '--quiet']
    const {code, stdout} = await wgecWith(
      {},
      'review',
      orchid,
      basalt,
      ...args,
      '--base-url',
      server.url,
      '--record',
      records
    )
    expect(code).toBe(0)
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => line.split(','))
    const header = rows[0] ?? []
    expect(header.slice(5, 12)).toEqual([
      'stance',
      'score',
      'uncertain',
      'runs',
      'share',
      'other_coder',
      'other_stance'
    ])
    const uncertain = rows.slice(1).map((row) => row[header.indexOf('uncertain')])
    // The uncertain rows come first, then the others.
    expect(uncertain.indexOf('no')).toBe(uncertain.lastIndexOf('yes') + 1)
    expect(uncertain.filter((value) => value === 'yes').length).toBeGreaterThan(0)
    for (const row of rows.slice(1)) {
      const stance = row[header.indexOf('stance')]
      const other = row[header.indexOf('other_stance')]
      expect(row[header.indexOf('uncertain')]).toBe(stance === other ? 'no' : 'yes')
      expect(row[header.indexOf('other_coder')]).toBe('rules')
    }
  })
})

describe('the API key from the environment', () => {
  it('names the server always: --base-url, else WGEC_BASE_URL, else OpenAI’s, never OPENAI_BASE_URL', () => {
    const local = 'http://127.0.0.1:8000/v1'
    expect(baseUrlOf(local, {WGEC_BASE_URL: 'http://other/v1'})).toBe(local)
    expect(baseUrlOf(undefined, {WGEC_BASE_URL: local})).toBe(local)
    expect(baseUrlOf(undefined, {OPENAI_BASE_URL: local})).toBe('https://api.openai.com/v1')
  })

  it('sends OPENAI_API_KEY to OpenAI’s endpoint only, WGEC_API_KEY to any', () => {
    expect(apiKeyFromEnvironment('https://api.openai.com/v1', {OPENAI_API_KEY: 'sk-a'})).toBe(
      'sk-a'
    )
    expect(
      apiKeyFromEnvironment('http://127.0.0.1:8000/v1', {OPENAI_API_KEY: 'sk-a'})
    ).toBeUndefined()
    expect(
      apiKeyFromEnvironment('http://127.0.0.1:8000/v1', {OPENAI_API_KEY: 'sk-a', WGEC_API_KEY: 'w'})
    ).toBe('w')
    expect(apiKeyFromEnvironment('not a url', {OPENAI_API_KEY: 'sk-a'})).toBeUndefined()
  })

  it('does not send OPENAI_API_KEY to another server', async () => {
    server = await startChatServer(script)
    await wgecWith(
      {OPENAI_API_KEY: key},
      'code',
      orchid,
      ...llm,
      '--base-url',
      server.url,
      '--quiet'
    )
    expect(server.seen[0]?.headers.authorization).not.toContain(key)
  })
})

describe('wgec requests and batch outputs', () => {
  it('writes one Batch API line per request, and codes from the batch engine’s output file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-batch-'))
    const requestsFile = join(folder, 'requests.jsonl')
    const made = await wgecWith(
      {},
      'requests',
      orchid,
      basalt,
      '--llm-model',
      'batch-model',
      '--out',
      requestsFile
    )
    expect(made.code).toBe(0)
    expect(made.stderr).toMatch(/2 request\(s\) for 2 document\(s\), about \d+ input tokens/)
    const lines = (await readFile(requestsFile, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(2)
    expect(Object.keys(lines[0])).toEqual(['custom_id', 'method', 'url', 'body'])
    expect(lines[0]).toMatchObject({
      method: 'POST',
      url: '/v1/chat/completions',
      body: {model: 'batch-model', seed: 1, temperature: 0}
    })

    // What a batch engine gives back, one line per request, in another order.
    const output = lines
      .reverse()
      .map((line) =>
        JSON.stringify({
          id: `batch_req_${line.custom_id.slice(0, 8)}`,
          custom_id: line.custom_id,
          response: {
            status_code: 200,
            body: {
              object: 'chat.completion',
              model: 'batch-model',
              choices: [
                {
                  index: 0,
                  message: {
                    role: 'assistant',
                    content: (script({body: line.body, headers: {}}, 0) as {content: string})
                      .content
                  }
                }
              ]
            }
          },
          error: null
        })
      )
      .join('\n')
    const outputFile = join(folder, 'output.jsonl')
    await writeFile(outputFile, `${output}\n`)
    const {code, stdout} = await wgecWith(
      {},
      'code',
      orchid,
      basalt,
      '--coder',
      'llm',
      '--llm-model',
      'batch-model',
      '--replay',
      outputFile,
      '--format',
      'json'
    )
    expect(code).toBe(0)
    const files = JSON.parse(stdout) as Array<{positions: Array<{stance: string}>}>
    expect(files[0]?.positions[0]?.stance).toBe('multistakeholder')
    expect(files[1]?.positions[3]?.stance).toBe('sovereign-states')
  })

  it('says which lines of a batch output hold no answer, escaping what they hold', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-batch-'))
    const outputFile = join(folder, 'output.jsonl')
    await writeFile(
      outputFile,
      `${JSON.stringify({custom_id: '\u001b[31mred', response: null, error: {message: 'expired'}})}\r\nnot json\r\n`
    )
    const {code, stderr} = await wgecWith(
      {},
      'code',
      orchid,
      ...llm,
      '--replay',
      outputFile,
      '--quiet'
    )
    expect(code).toBe(1)
    expect(stderr).toContain('2 line(s) hold no answer: line 1: `\\x1B[31mred` has no completion')
    expect(stderr).not.toContain('\u001b')
  })

  it('refuses a codebook without instructions, and --record with --replay', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-batch-'))
    const codebook = JSON.parse((await wgecWith({}, 'codebook')).stdout)
    delete codebook.instructions
    await writeFile(join(folder, 'bare.json'), JSON.stringify(codebook))
    const bare = await wgecWith(
      {},
      'requests',
      orchid,
      '--llm-model',
      'm',
      '--codebook',
      join(folder, 'bare.json')
    )
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('has no `instructions`')
    const both = await wgecWith({}, 'code', orchid, ...llm, '--record', folder, '--replay', folder)
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('`--record` or `--replay`, not both')
    const code = await wgecWith(
      {},
      'code',
      orchid,
      ...llm,
      '--replay',
      folder,
      '--codebook',
      join(folder, 'bare.json')
    )
    expect(code.code).toBe(2)
    expect(code.stderr).toContain('has no `instructions`')
  })
})
