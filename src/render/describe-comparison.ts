import type {Cell, Comparison} from '../schema/comparison.js'

/** The mark of a reviewed cell in Markdown, LaTeX and HTML tables. */
export const reviewMark = '†'

/**
 * Whether a cell's stance was given by a review rather than the coder.
 *
 * @param cell
 *   A comparison cell.
 * @returns
 *   `true` when reviewed.
 * @example
 *   isReviewed({...cell, provenance: {kind: 'reviewed', reviewer: null, note: null}}) // => true
 */
export function isReviewed(cell: Cell | undefined): boolean {
  return cell?.provenance?.kind === 'reviewed'
}

/**
 * Say in one line how a comparison was made: the `wgec` version, the coder, the codebook with
 * its SHA-256, the bootstrap, and the inputs with the SHA-256 of their SHA-256s.
 *
 * @param comparison
 *   The comparison.
 * @returns
 *   The line, or `undefined` when the comparison has no provenance.
 * @example
 *   describeProvenance(comparison) // => 'Made with wgec 0.1.0: coder rules, codebook enhanced-cooperation 1.1.0 (sha256 3f2a…), seed 1, 500 bootstrap samples, 20 inputs (sha256 of their sha256s 9c1e…).'
 */
export function describeProvenance(comparison: Comparison): string | undefined {
  const provenance = comparison.provenance
  if (!provenance) return undefined
  const codings = provenance.codings
    ? `, ${plural(provenance.codings.count, 'reviewed coding')} (sha256 ${provenance.codings.sha256})`
    : ''
  const details = provenance.coderDetails
    ? ` (${Object.entries(provenance.coderDetails)
        .map(([name, value]) => `${name} ${value}`)
        .join(', ')})`
    : ''
  return (
    `Made with wgec ${provenance.wgec}: coder ${provenance.coder}${details}, codebook ` +
    `${provenance.codebook.id} ${provenance.codebook.version} (sha256 ${provenance.codebook.sha256}), ` +
    `seed ${provenance.seed}, ${plural(provenance.samples, 'bootstrap sample')}, ` +
    `${plural(provenance.inputs.length, 'input')} (sha256 of their sha256s ${provenance.inputsSha256})${codings}.`
  )
}

/**
 * Say in one line what a review changed, with the agreement between the coder and the review.
 *
 * @param comparison
 *   The comparison.
 * @returns
 *   The line, or `undefined` when no review was applied.
 * @example
 *   describeReview(comparison) // => 'Review: 3 cells changed of 3 reviewed; coder and review agree on 0% of them (Cohen’s kappa …). † marks a reviewed cell.'
 */
export function describeReview(comparison: Comparison): string | undefined {
  const review = comparison.review
  if (!review) return undefined
  const {percent, kappa, alpha} = review.agreement
  const agreement =
    percent === null
      ? 'no cell was reviewed'
      : `coder and review agree on ${formatPercent(percent)} of them (Cohen’s kappa ${formatStatistic(kappa)}, Krippendorff’s alpha ${formatStatistic(alpha)})`
  const unmatched =
    review.unmatched.length === 0
      ? ''
      : `; ${plural(review.unmatched.length, 'coding')} matched no cell`
  return (
    `Review: ${plural(review.changed, 'cell')} changed of ${review.reviewed} reviewed; ${agreement}${unmatched}. ` +
    `${reviewMark} marks a reviewed cell (the coder’s stance is kept in the CSV and JSON output).`
  )
}

function formatPercent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`
}

function formatStatistic(value: number | null): string {
  return value === null ? 'undefined' : value.toFixed(2)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
