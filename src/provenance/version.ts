import packageJson from '../../package.json' with {type: 'json'}

/**
 * The version of `wgec`, as written in every output's provenance.
 *
 * @example
 *   version // => '0.1.0'
 */
export const version: string = packageJson.version
