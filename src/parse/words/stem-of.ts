/**
 * The file name of a path without its extension, for ids when there is no submitter.
 *
 * @param path
 *   A path, if any.
 * @returns
 *   Its stem, or the empty string.
 */
export function stemOf(path: string | undefined): string {
  return path ? (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '') : ''
}
