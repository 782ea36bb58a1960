import {hasCertainty, uncertaintyOf} from '../code/coders/certainty.js'
import {defaultCodebook} from '../codebooks/default-codebook.js'
import {checkCodedWith} from '../provenance/check-coded-with.js'
import {type CsvField, stringifyCsv} from '../render/stringify-csv.js'
import type {Codebook} from '../schema/codebook.js'
import type {CodedContribution} from '../schema/coded-contribution.js'
import type {Evidence} from '../schema/position.js'

/** Configuration for `toReviewSheet`. */
export interface ToReviewSheetOptions {
  /**
   * The codebook the positions were coded with: its dimensions are the rows, its stances are
   * listed in the `stances` column.
   *
   * @default the `enhanced-cooperation` codebook
   */
  readonly codebook?: Codebook | undefined
  /**
   * How many of the strongest quotes to give per row.
   *
   * @default 3
   */
  readonly quotes?: number | undefined
}

/**
 * Write a review sheet: one CSV record per contribution and dimension with the submitter and its
 * group (every submitter of a joint contribution, separated by `; `), the coder's stance and score, its strongest quotes (those that support the stance
 * first, then by weight; one per sentence) each with `file:line:column`, the stances the codebook
 * allows, and the empty columns `reviewed_stance`, `reviewer` and `note` for a person to fill in
 * a spreadsheet. `readCodings` reads the filled sheet back (only rows with a `reviewed_stance`),
 * and `compareContributions` applies it (`options.codings`).
 *
 * Columns: `contribution, file, submitter, group, dimension, stance, score, quote_1, place_1, …,
 * stances, reviewed_stance, reviewer, note`. An unstated cell has an empty score. Records follow
 * the input, then the codebook's dimensions. When the coder ran several times (`--runs N`) or was
 * cross-checked (`--cross-check rules`), five columns follow `score` (`uncertain`: `yes` where the
 * runs or the coders disagree, `runs`, `share`, `other_coder`, `other_stance`) and the uncertain
 * records come first, the least certain first. Written by `stringifyCsv`, as every CSV of `wgec`:
 * text that a spreadsheet would run as a formula (a quote that begins with `-` or `=`) gets a
 * leading `'`, which `readCodings` takes off again.
 *
 * @param coded
 *   Contributions with their positions.
 * @param options
 *   Configuration (optional).
 * @returns
 *   CSV text with a header row, ending in a newline.
 * @throws {TypeError}
 *   When `coded` is not an array or `options.quotes` is not a whole number.
 * @example
 *   toReviewSheet(coded).split('\n')[0]?.endsWith('reviewed_stance,reviewer,note') // => true
 */
export function toReviewSheet(
  coded: readonly CodedContribution[],
  options?: ToReviewSheetOptions
): string {
  if (!Array.isArray(coded as unknown)) {
    throw new TypeError(
      `Cannot review \`${typeof coded}\` for \`coded\`, expected an array of coded contributions`
    )
  }
  const count = options?.quotes ?? 3
  if (!Number.isInteger(count) || count < 0) {
    throw new TypeError(
      `Cannot give \`${String(count)}\` for \`options.quotes\`, expected a whole number`
    )
  }

  const codebook = options?.codebook ?? defaultCodebook
  checkCodedWith(coded, codebook, 'review')
  const quoteColumns = Array.from({length: count}, (_, index) => [
    `quote_${index + 1}`,
    `place_${index + 1}`
  ]).flat()
  // A coder that ran several times or was cross-checked marks its uncertain cells: they get
  // columns of their own and come first.
  const ranked = hasCertainty(coded.flatMap(({positions}) => positions))
  const columns = [
    'contribution',
    'file',
    'submitter',
    'group',
    'dimension',
    'stance',
    'score',
    ...(ranked ? ['uncertain', 'runs', 'share', 'other_coder', 'other_stance'] : []),
    ...quoteColumns,
    'stances',
    'reviewed_stance',
    'reviewer',
    'note'
  ]
  const uncertainty: number[] = []
  const records = coded.flatMap(
    // A score stays a number, so that the formula guard leaves `-1` as it is.
    ({contribution, positions}) =>
      codebook.dimensions.map((dimension): CsvField[] => {
        const position = positions.find((each) => each.dimension === dimension.id)
        const stance = position?.stance ?? 'unstated'
        const file = contribution.source.path ?? contribution.id
        const quotes = strongest(position?.evidence ?? [], stance, count).flatMap((evidence) => [
          evidence.quote,
          `${file}:${evidence.place.start.line}:${evidence.place.start.column}`
        ])
        while (quotes.length < quoteColumns.length) quotes.push('')
        uncertainty.push(uncertaintyOf(position))
        const marks: CsvField[] = ranked
          ? [
              uncertaintyOf(position) > 0 ? 'yes' : 'no',
              position?.runs?.stances.join(' | ') ?? '',
              position?.runs ? Math.round(position.runs.share * 1000) / 1000 : null,
              position?.check?.coder ?? '',
              position?.check?.stance ?? ''
            ]
          : []
        return [
          contribution.id,
          contribution.source.path ?? '',
          // A joint contribution names every submitter, and each one's group.
          (contribution.submitters ?? [contribution.submitter])
            .map((each) => each.name ?? '')
            .join('; '),
          [
            ...new Set(
              (contribution.submitters ?? [contribution.submitter]).map((each) => each.group)
            )
          ].join('; '),
          dimension.id,
          stance,
          stance === 'unstated' ? null : (position?.score ?? 0),
          ...marks,
          ...quotes,
          [dimension.poles[0].id, dimension.poles[1].id, 'mixed', 'unstated'].join(' | '),
          '',
          '',
          ''
        ]
      })
  )
  // Most uncertain first; among equals, in the order coded.
  const order = records
    .map((record, index) => ({record, index}))
    .sort((a, b) => (uncertainty[b.index] ?? 0) - (uncertainty[a.index] ?? 0) || a.index - b.index)
  return stringifyCsv(
    columns,
    order.map(({record}) => record)
  )
}

function strongest(evidence: readonly Evidence[], stance: string, count: number): Evidence[] {
  const supports = (item: Evidence) =>
    stance === 'mixed' ? item.pole !== null : item.pole === stance
  const sorted = [...evidence].sort(
    (a, b) =>
      Number(supports(b)) - Number(supports(a)) ||
      b.weight - a.weight ||
      a.place.start.offset - b.place.start.offset
  )
  const seen = new Set<number>()
  const chosen: Evidence[] = []
  for (const item of sorted) {
    if (chosen.length === count) break
    if (seen.has(item.place.start.offset)) continue
    seen.add(item.place.start.offset)
    chosen.push(item)
  }
  return chosen
}
