import type {Coder} from '../code/coders/coder.js'
import {selectDocuments} from '../compare/select-documents.js'
import type {Codebook} from '../schema/codebook.js'
import type {CodedContribution} from '../schema/coded-contribution.js'
import {codeIsolated, report, type Verbosity} from './output.js'
import type {Registries} from './plugins.js'
import {readContributions} from './read-contributions.js'
import {reportExcluded} from './report-excluded.js'

/**
 * Read, code with the coder `--coder` names (each file isolated: a coder that fails on one is
 * that file's `coder-failed`) and report the contributions of some paths, and keep one of each
 * document that is a contribution, as `review` and `export` use them.
 */
export async function readCoded(
  paths: string[],
  codebook: Codebook,
  verbosity: Verbosity,
  registries: Registries,
  coder: Coder,
  concurrency = 1
): Promise<CodedContribution[]> {
  const read = await readContributions(
    paths,
    verbosity,
    async (file) => {
      const {contribution} = file
      const positions = contribution
        ? await codeIsolated(file.messages, coder, contribution, codebook)
        : undefined
      return {
        path: file.path,
        messages: file.messages,
        coded: contribution && positions ? {contribution, positions, coder: coder.id} : undefined
      }
    },
    {registries, concurrency}
  )
  await report(read, verbosity)
  const {kept, excluded} = selectDocuments(
    read.flatMap((file) => (file.coded ? [file.coded] : [])),
    false
  )
  await reportExcluded(excluded, verbosity)
  return kept
}
