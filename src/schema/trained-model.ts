import {z} from 'zod'

/** A weight or bias: bounded, so that sums of them stay finite. */
const weight = z.number().min(-1e6).max(1e6)

/**
 * What a trained coder learned for one dimension: its poles, the stances it saw in training (its classes),
 * the features it reads (folded words and word pairs, `word` or `first second`) and, for each
 * class, a weight per feature and a bias, of a multinomial logistic regression.
 *
 * @example
 *   TrainedDimension.parse(model.dimensions[0]).classes // => ['multistakeholder', 'unstated']
 */
export const TrainedDimension = z
  .object({
    dimension: z.string().min(1).describe('Codebook dimension, e.g. `mechanism`'),
    poles: z
      .tuple([z.string().min(1), z.string().min(1)])
      .describe('The dimension’s two pole ids, as in the codebook it was trained on'),
    classes: z
      .array(z.string().min(1))
      .min(1)
      .describe('The stances seen in training, sorted: pole ids, `mixed`, `unstated`'),
    features: z.array(z.string().min(1)).describe('Folded words and word pairs, in model order'),
    weights: z
      .array(z.array(weight))
      .describe('Per class (in `classes` order), one weight per feature (in `features` order)'),
    bias: z.array(weight).describe('Per class, its bias')
  })
  .superRefine((value, context) => {
    const stances = [...value.poles, 'mixed', 'unstated']
    const other = value.classes.find((stance) => !stances.includes(stance))
    if (other !== undefined) {
      context.addIssue({
        code: 'custom',
        message: `Expected classes among ${stances.join(', ')}, not ${other}`,
        path: ['classes']
      })
    }
    if (new Set(value.classes).size !== value.classes.length) {
      context.addIssue({code: 'custom', message: 'Expected distinct classes', path: ['classes']})
    }
    if (new Set(value.features).size !== value.features.length) {
      context.addIssue({code: 'custom', message: 'Expected distinct features', path: ['features']})
    }
    if (value.bias.length !== value.classes.length) {
      context.addIssue({code: 'custom', message: 'Expected one bias per class', path: ['bias']})
    }
    if (
      value.weights.length !== value.classes.length ||
      value.weights.some((row) => row.length !== value.features.length)
    ) {
      context.addIssue({
        code: 'custom',
        message: 'Expected one weight list per class, with one weight per feature',
        path: ['weights']
      })
    }
  })
  .describe('What a trained coder learned for one dimension')

export type TrainedDimension = z.infer<typeof TrainedDimension>

/**
 * A trained coder's model, as `trainCoder` gives it (`coder.model`) and `createTrainedCoder`
 * takes it back: plain JSON, to be saved and shared beside the codings it was trained on.
 *
 * @example
 *   TrainedModel.parse(JSON.parse(text)).codebook // => {id: 'enhanced-cooperation', version: '1.4.1'}
 */
export const TrainedModel = z
  .object({
    type: z.literal('wgec-trained-coder').describe('What this file is'),
    formatVersion: z.literal(1).describe('Version of this format'),
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a kebab-case id')
      .describe('The coder’s id, as reports print it'),
    codebook: z
      .object({id: z.string().min(1), version: z.string().min(1)})
      .describe('The codebook whose dimensions and stances it was trained on'),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .describe('Least probability of a pole or `mixed` for the coder to state it'),
    documents: z.number().int().min(0).describe('How many documents it was trained on'),
    dimensions: z.array(TrainedDimension)
  })
  .superRefine((value, context) => {
    const ids = value.dimensions.map((entry) => entry.dimension)
    if (new Set(ids).size !== ids.length) {
      context.addIssue({
        code: 'custom',
        message: 'Expected each dimension once',
        path: ['dimensions']
      })
    }
  })
  .describe('A trained coder’s model (`trainCoder`)')

export type TrainedModel = z.infer<typeof TrainedModel>
