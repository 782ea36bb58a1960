import {z} from 'zod'
import {Contribution} from './contribution.js'

/**
 * The JSON Schema (draft 2020-12) of a `Contribution`, for validating parser output in other
 * languages and tools.
 *
 * @returns
 *   A JSON Schema object.
 * @example
 *   toJsonSchema().$schema // => 'https://json-schema.org/draft/2020-12/schema'
 */
export function toJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Contribution, {target: 'draft-2020-12'}) as Record<string, unknown>
}
