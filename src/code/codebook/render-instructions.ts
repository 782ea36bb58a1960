import type {Codebook} from '../../schema/codebook.js'

/** Who reads the instructions: blind coders (`people`) or the `llm` coder (`model`). */
export type Audience = 'people' | 'model'

const evidence: Record<Audience, string> = {
  people:
    '**Evidence.** For every pole or `mixed`, give the one to three sentences that show it most clearly, each as start and end `line:column` in the file (lines and columns counted in the decoded text, starting at 1; the end just after the sentence’s last character). For `unstated`, no evidence.',
  model:
    '**Evidence.** For every pole or `mixed`, give the one to three sentences that show it most clearly, each copied exactly as it is in the document (same words, same spelling, no ellipsis, no change of case), and one line that says why. For `unstated`, no quotes.'
}

/**
 * Write a codebook's coding instructions as Markdown: the unit, what counts, what does not, each
 * dimension with its question, its poles' definitions and its notes, the rule for deciding, and
 * how to give evidence (`line:column` places for people, verbatim quotes for a model). The
 * instructions blind coders get and the `llm` coder's prompt are both written by this function,
 * so a codebook that brings its own instructions brings its own prompt.
 *
 * @param codebook
 *   A codebook with `instructions`.
 * @param audience
 *   `people` or `model`: only the paragraph on evidence differs.
 * @returns
 *   Markdown, ending with a newline.
 * @throws
 *   When the codebook has no `instructions`.
 */
export function renderInstructions(codebook: Codebook, audience: Audience): string {
  const {instructions} = codebook
  if (!instructions)
    throw new Error(
      `Codebook \`${codebook.id}\` ${codebook.version} has no \`instructions\`: add them to code with a model or to brief coders (see docs/codebook.md)`
    )
  const paragraphs = [
    `**The unit.** ${instructions.unit}`,
    `**What counts.** ${instructions.counts}`,
    [
      '**What does not count.**',
      ...instructions.doesNotCount.map(({label, text}) => `- *${label}.* ${text}`)
    ].join('\n'),
    [
      '**The dimensions.** First pole (-1) / second pole (+1):',
      ...codebook.dimensions.map((dimension) => {
        const poles = dimension.poles.map(
          (pole) => `\`${pole.id}\`: ${pole.definition ?? pole.description}`
        )
        const mixed = dimension.instructions?.mixed
        const note = dimension.instructions?.note
        return [
          `- \`${dimension.id}\` — ${dimension.question}`,
          ...poles,
          ...(mixed ? [`\`mixed\`: ${mixed}`] : []),
          ...(note ? [note] : [])
        ].join(' ')
      })
    ].join('\n'),
    `**Deciding.** ${instructions.deciding}`,
    evidence[audience]
  ]
  return `${paragraphs.join('\n\n')}\n`
}
