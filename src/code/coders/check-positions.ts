import type {Codebook} from '../../schema/codebook.js'
import type {Position} from '../../schema/position.js'

/**
 * Check what a coder gave for one contribution: an array with a position for each dimension of
 * the codebook, each with a string `stance`, a numeric `score` and an `evidence` array. A shallow
 * check, cheap enough for every call: it catches a coder that answers nothing, something else, or
 * for other dimensions, before a comparison or report takes it as coded.
 *
 * @param positions
 *   What the coder's `code` gave (resolved).
 * @param coderId
 *   The coder's id, for the message.
 * @param codebook
 *   The codebook it coded with.
 * @returns
 *   The positions.
 * @throws {TypeError}
 *   When they are no positions of the codebook's dimensions.
 * @example
 *   checkPositions(ruleCoder.code(cuba, defaultCodebook), 'rules', defaultCodebook).length // => 6
 */
export function checkPositions(
  positions: unknown,
  coderId: string,
  codebook: Codebook
): Position[] {
  const fail = (what: string): never => {
    throw new TypeError(`Cannot take what coder \`${coderId}\` gave, expected ${what}`)
  }
  if (!Array.isArray(positions)) fail(`an array of positions, not \`${describe(positions)}\``)
  const list = positions as unknown[]
  for (const [index, position] of list.entries()) {
    const entry = position as Partial<Position> | null
    if (
      typeof entry !== 'object' ||
      entry === null ||
      typeof entry.dimension !== 'string' ||
      typeof entry.stance !== 'string' ||
      typeof entry.score !== 'number' ||
      !Array.isArray(entry.evidence)
    ) {
      fail(`a position (dimension, stance, score, evidence) at ${index}`)
    }
  }
  const given = new Set(list.map((position) => (position as Position).dimension))
  const missing = codebook.dimensions.find((dimension) => !given.has(dimension.id))
  if (missing) fail(`a position on every dimension of the codebook, none on \`${missing.id}\``)
  return list as Position[]
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}
