import {readCodings} from '../code/read-codings.js'
import type {Codebook} from '../schema/codebook.js'
import type {Coding} from '../schema/coding.js'
import {loadInputs} from './inputs.js'
import {report, type Verbosity} from './output.js'

/**
 * Read the reviewed codings of `--codings`: codings CSV or JSON, a filled review sheet, or a
 * REFI-QDA `.qdpx` or `.qde`, checked against the codebook; their problems are reported.
 */
export async function readCodingFiles(
  path: string,
  codebook: Codebook,
  verbosity: Verbosity
): Promise<Coding[]> {
  const files = await loadInputs([path], verbosity, {
    extensions: ['.csv', '.json', '.qde', '.qdpx'],
    reportSkipped: false
  })
  const codings: Coding[] = []
  const shown: Array<{path: string; messages: ReturnType<typeof readCodings>['messages']}> = []
  for (const file of files) {
    if (file.messages.some((message) => message.fatal !== undefined)) {
      shown.push({path: file.path, messages: [...file.messages]})
      continue
    }
    const result = readCodings(file.value as string | Uint8Array, {path: file.path, codebook})
    codings.push(...result.codings)
    shown.push({path: file.path, messages: result.messages})
  }
  await report(shown, verbosity)
  return codings
}
