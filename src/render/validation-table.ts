import type {CellCount, Validation} from '../schema/validation.js'

const missing = '—'

/**
 * The summary of a validation report as rows of cells: a header, one row per dimension, then
 * `overall`. Shared by the text and Markdown renderers so that both show the same figures.
 */
export function validationTable(validation: Validation): string[][] {
  const rows = [
    ...validation.dimensions.map((entry) => ({name: entry.dimension, ...entry})),
    {name: 'overall', ...validation.overall}
  ]
  return [
    [
      'dimension',
      'cells',
      'kappa',
      'stated found',
      'claims right',
      'invented',
      'accuracy',
      'all-unstated',
      'alpha'
    ],
    ...rows.map((row) => [
      row.name,
      String(row.units),
      decimal(row.kappa),
      share(row.found),
      share(row.right),
      share(row.invented),
      row.percent === null
        ? missing
        : `${Math.round(row.percent * row.units)}/${row.units} (${percent(row.percent)})`,
      row.baseline.share === null ? missing : percent(row.baseline.share),
      decimal(row.alpha)
    ])
  ]
}

/** How the report's subject reads: the coder, the codebook, the part and the documents. */
export function validationSubject(validation: Validation): string {
  const coder = validation.coder.version
    ? `${validation.coder.id} ${validation.coder.version}`
    : validation.coder.id
  const part = validation.part === null ? '' : `, ${validation.part} part`
  const documents = `${validation.documents} ${validation.documents === 1 ? 'document' : 'documents'}`
  return `Coder \`${coder}\` (codebook ${validation.codebook.id} ${validation.codebook.version}) against the hand codings of ${documents}${part}`
}

/** A `file:line:column` place, or the line and column alone when the file is unknown. */
/**
 * The accuracy reached after a person reviews the least certain cells, in one line (`undefined`
 * when the coder gave no runs or check to rank the cells by).
 */
export function reviewLine(validation: Validation): string | undefined {
  if (!validation.review) return undefined
  const steps = validation.review.map(
    (step) => `${step.percent}% (${step.cells} cells) ${percent(step.accuracy)}`
  )
  return `Accuracy once a person reviews the least certain cells (runs or coders disagreeing first): ${steps.join(', ')}.`
}

export function placeOf(item: {file: string | null; line: number; column: number}): string {
  return `${item.file ?? ''}${item.file === null ? '' : ':'}${item.line}:${item.column}`
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

function decimal(value: number | null): string {
  return value === null ? missing : value.toFixed(3)
}

function share(value: CellCount): string {
  return value.share === null ? `0/0` : `${value.count}/${value.of} (${percent(value.share)})`
}
