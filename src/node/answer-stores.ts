import {createReadStream} from 'node:fs'
import {mkdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {type AnswerStore, addBatchLine, type RecordedExchange} from '../code/coders/llm/recorded.js'

const keyPattern = /^[0-9a-f]{64}$/

/**
 * A folder of recorded answers: one JSON file per request, named by its key (`<sha256>.json`),
 * written to a temporary file and renamed into place, so that a run stopped halfway leaves only
 * whole records and the next run resumes where it stopped. The folder is made when the first
 * answer is kept.
 *
 * @param folder
 *   The folder (`--record DIR`).
 * @param options
 *   `readOnly`: find answers, keep none (`--replay DIR`).
 * @returns
 *   The store.
 */
export function createFolderStore(folder: string, options: {readOnly?: boolean} = {}): AnswerStore {
  return {
    name: folder,
    get: async (key) => {
      if (!keyPattern.test(key)) return undefined
      let text: string
      try {
        text = await readFile(join(folder, `${key}.json`), 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw error
      }
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        throw new Error(`record ${key.slice(0, 12)}….json is not JSON: delete it to ask again`)
      }
      const record = value as RecordedExchange
      if (record?.key !== key || !('response' in record))
        throw new Error(`record ${key.slice(0, 12)}….json is not this request's: delete it`)
      return record
    },
    put: options.readOnly
      ? undefined
      : async (exchange) => {
          await mkdir(folder, {recursive: true})
          const target = join(folder, `${exchange.key}.json`)
          const temporary = `${target}.${process.pid}.${Date.now()}.tmp`
          await writeFile(temporary, `${JSON.stringify(exchange, null, 2)}\n`)
          await rename(temporary, target)
        }
  }
}

/**
 * The answers of a batch engine's output file (OpenAI's Batch API, vLLM's `run-batch`; see
 * `readBatchOutput`), found by `custom_id`, which `wgec requests` sets to each request's key.
 *
 * @param path
 *   The output file (JSON Lines).
 * @returns
 *   The store (read-only), and the problems of lines that hold no answer.
 */
export async function readBatchStore(
  path: string
): Promise<{store: AnswerStore; problems: string[]}> {
  // Line by line: a file of any size is read without holding its text.
  const exchanges = new Map<string, RecordedExchange>()
  const problems: string[] = []
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY
  })
  let number = 0
  for await (const line of lines) addBatchLine(exchanges, problems, line, ++number)
  return {store: {name: path, get: async (key) => exchanges.get(key)}, problems}
}

/**
 * The store `--replay` names: a folder of records, or a batch output file.
 *
 * @param path
 *   A folder or a `.jsonl` file.
 */
export async function openReplay(path: string): Promise<{store: AnswerStore; problems: string[]}> {
  const info = await stat(path)
  if (info.isDirectory()) return {store: createFolderStore(path, {readOnly: true}), problems: []}
  return readBatchStore(path)
}
