import {agreementOutputs} from './agreement-outputs.js'
import {codingsOutputs} from './codings-outputs.js'
import {comparisonOutputs} from './comparison-outputs.js'
import {contributionsOutputs} from './contributions-outputs.js'
import {evidenceRowsOutputs} from './evidence-rows-outputs.js'
import type {Output} from './output.js'
import {validationOutputs} from './validation-outputs.js'

/**
 * Every format `wgec` writes, as outputs, kind by kind (in the order of `outputKinds`): of parsed
 * files `text` and `json`; of coded files `text`, `json` and `csv`; of evidence records `json`
 * and `csv`; of a comparison `md`, `csv`, `json`, `latex` and `html`; of a validation `text`,
 * `json` and `md`; of an agreement `text` and `json`. Each calls its `to*` function
 * (`toMarkdown`, `toCsv`, `toValidationText`, …). More come from a CLI `--plugin`; in the library,
 * give `renderOutput` your own in `options.outputs`.
 *
 * @example
 *   builtInOutputs.filter((output) => output.kind === 'comparison').map((output) => output.format)
 *   // => ['md', 'csv', 'json', 'latex', 'html']
 */
export const builtInOutputs: readonly Output[] = [
  ...contributionsOutputs,
  ...codingsOutputs,
  ...evidenceRowsOutputs,
  ...comparisonOutputs,
  ...validationOutputs,
  ...agreementOutputs
]
