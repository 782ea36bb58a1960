import type {Codebook} from '../schema/codebook.js'
import type {CodedContribution} from '../schema/coded-contribution.js'
import type {Coding} from '../schema/coding.js'
import type {Provenance} from '../schema/provenance.js'
import {sha256Hex} from '../text/sha256-hex.js'
import {referenceCodebook} from './reference-codebook.js'
import {version} from './version.js'

/** What `createProvenance` records. */
export interface CreateProvenanceOptions {
  readonly coder: string
  /** What the coder says it is (`Coder.describe`): the model, the prompt's SHA-256, the record. */
  readonly coderDetails?: Readonly<Record<string, string | number>> | undefined
  readonly codebook: Codebook
  readonly seed: number
  readonly samples: number
  readonly codings?: readonly Coding[] | undefined
}

/**
 * Record how a comparison is made: the `wgec` version, the coder, the codebook with the SHA-256
 * of its JSON, the seed and samples, every input (sorted by path, then SHA-256) and the codings.
 *
 * @param coded
 *   Every coded contribution given, including those left out.
 * @param options
 *   What else went into the comparison.
 * @returns
 *   The provenance.
 * @example
 *   createProvenance(coded, {coder: 'rules', codebook, seed: 1, samples: 500}).wgec // => '0.1.0'
 */
export function createProvenance(
  coded: readonly CodedContribution[],
  options: CreateProvenanceOptions
): Provenance {
  const inputs = coded
    .map(({contribution}) => ({
      path: contribution.source.path ?? null,
      sha256: contribution.source.sha256
    }))
    .sort((a, b) => compare(a.path ?? '', b.path ?? '') || compare(a.sha256, b.sha256))
  return {
    wgec: version,
    coder: options.coder,
    ...(options.coderDetails ? {coderDetails: {...options.coderDetails}} : {}),
    codebook: referenceCodebook(options.codebook),
    seed: options.seed,
    samples: options.samples,
    inputs,
    inputsSha256: sha256Hex(
      inputs
        .map((input) => `${input.sha256}\n`)
        .sort()
        .join('')
    ),
    codings: options.codings
      ? {count: options.codings.length, sha256: hashJson(options.codings)}
      : null
  }
}

function hashJson(value: unknown): string {
  return sha256Hex(JSON.stringify(value))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
