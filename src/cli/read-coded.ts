import {codePositions} from '../code/coders/rules/code-positions.js'
import {selectDocuments} from '../compare/select-documents.js'
import type {Codebook} from '../schema/codebook.js'
import type {CodedContribution} from '../schema/coded-contribution.js'
import {isolate, report, type Verbosity} from './output.js'
import type {Registries} from './plugins.js'
import {readContributions} from './read-contributions.js'
import {reportExcluded} from './report-excluded.js'

/**
 * Read, code (each file isolated) and report the contributions of some paths, and keep one of
 * each document that is a contribution, as `review` and `export` use them.
 */
export async function readCoded(
  paths: string[],
  codebook: Codebook,
  verbosity: Verbosity,
  registries: Registries
): Promise<CodedContribution[]> {
  const read = await readContributions(
    paths,
    verbosity,
    (file) => {
      const {contribution} = file
      const positions = contribution
        ? isolate(file.messages, () => codePositions(contribution, {codebook}))
        : undefined
      return {
        path: file.path,
        messages: file.messages,
        coded: contribution && positions ? {contribution, positions, coder: 'rules'} : undefined
      }
    },
    {registries}
  )
  await report(read, verbosity)
  const {kept, excluded} = selectDocuments(
    read.flatMap((file) => (file.coded ? [file.coded] : [])),
    false
  )
  await reportExcluded(excluded, verbosity)
  return kept
}
