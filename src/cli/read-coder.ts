import {readFile} from 'node:fs/promises'
import type {Coder} from '../code/coders/coder.js'
import {coders} from '../code/coders/coders.js'
import {checkTrainedCodebook} from '../code/coders/trained/check-trained-codebook.js'
import type {Codebook} from '../schema/codebook.js'
import {UsageError} from './options.js'

/**
 * The coder `--coder` names: an id of the registry (`rules`), or the path of a trained model
 * (JSON, from `wgec train`), checked against the codebook it will code with. A model that cannot
 * be read, is no model, or was trained on another codebook (or other dimensions or pole ids) is a
 * usage error.
 */
export async function readCoder(value: string, codebook: Codebook): Promise<Coder> {
  const known = coders.find((coder) => coder.id === value)
  if (known) return known
  if (!value.endsWith('.json')) {
    throw new UsageError(
      `Cannot use coder \`${value}\` for \`--coder\`, expected ${coders.map((coder) => `\`${coder.id}\``).join(', ')} or a trained model (\`.json\`, from \`wgec train\`)`
    )
  }

  let text: string
  try {
    text = await readFile(value, 'utf8')
  } catch (error) {
    throw new UsageError(
      `Cannot read coder model \`${value}\`: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const {createTrainedCoder} = await import('../code/coders/trained/create-trained-coder.js')
  let coder: ReturnType<typeof createTrainedCoder>
  try {
    coder = createTrainedCoder(JSON.parse(text))
  } catch (error) {
    throw new UsageError(
      `Cannot use coder model \`${value}\`: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const mismatch = checkTrainedCodebook(coder.model, codebook)
  if (mismatch !== undefined) {
    throw new UsageError(`Cannot use coder model \`${value}\`: ${mismatch}`)
  }
  return coder
}
