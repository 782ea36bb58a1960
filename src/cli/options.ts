import {InvalidArgumentError} from 'commander'
import type {Verbosity} from './output.js'

/** Misuse found after parsing the arguments: the CLI prints it and exits with code 2. */
export class UsageError extends Error {}

/** The options every command that reads contributions has. */
export interface CommonOptions {
  readonly quiet?: boolean
  readonly verbose?: boolean
}

/** Most bootstrap replicates `--samples` takes (the interval of each row costs this many). */
export const maxSamples = 100_000

/**
 * A commander argument parser for a whole number in `[min, max]`; commander names the option in
 * its message when this throws.
 */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value)
    if (!/^\s*-?\d+\s*$/.test(value) || number < min || number > max) {
      throw new InvalidArgumentError(
        `Expected a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`
      )
    }
    return number
  }
}

/**
 * A commander argument parser for a decimal number in `[min, max]`; commander names the option
 * in its message when this throws.
 */
export function decimalNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value)
    if (!/^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) || number < min || number > max) {
      throw new InvalidArgumentError(`Expected a number from ${min} to ${max}.`)
    }
    return number
  }
}

/** The verbosity the options ask for. */
export function verbosityOf(options: CommonOptions): Verbosity {
  if (options.quiet) return 'quiet'
  return options.verbose ? 'verbose' : 'normal'
}
