import {readFile} from 'node:fs/promises'
import process from 'node:process'
import type {Codebook} from '../schema/codebook.js'
import {noteInput} from './check-output.js'
import {UsageError} from './options.js'
import {report, type Verbosity} from './output.js'

/**
 * The codebook to code with: the default one, or the user's file, validated (its problems are
 * reported with their place, and exit code 1 is set, when it is invalid). The default codebook
 * is used as it is: the checker of user patterns is loaded only for a user's file.
 */
export async function readCodebook(
  path: string | undefined,
  verbosity: Verbosity
): Promise<Codebook | undefined> {
  if (!path) return (await import('../codebooks/default-codebook.js')).defaultCodebook
  let text: string
  noteInput(path)
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(
      `Cannot read codebook \`${path}\`: ${error instanceof Error ? error.message : String(error)}`
    )
  }

  const {loadCodebook} = await import('../code/codebook/load-codebook.js')
  const {codebook, messages} = loadCodebook(text)
  await report([{path, messages}], verbosity)
  if (!codebook) process.exitCode = 1
  return codebook
}
