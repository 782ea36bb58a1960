import {resolveCountry} from '../../countries/resolve-country.js'

/**
 * The members of a joint contribution, from the name its joint cue gives: `the Governments of
 * Indonesia and Egypt` (each country), `A (Philippines), the B and C` (each organisation, with its
 * seat). A name that does not split into at least two gives itself.
 *
 * @param name
 *   The name the joint cue gives.
 * @returns
 *   The members' names.
 */
export function splitJoint(name: string): string[] {
  const governments = governmentsOf.exec(name)
  const list = governments ? name.slice(governments[0].length) : name
  const parts = list
    .split(/,|\s(?:and|y|et)\s/u)
    .map((part) =>
      part
        .trim()
        .replace(/^(?:and|y|et)\s/u, '')
        .replace(/^(?:the|la|el|le|les|l['’])\s+/iu, '')
    )
    .filter(Boolean)
  if (parts.length < 2 || parts.some((part) => !/^\p{Lu}/u.test(part))) return [name]
  if (governments && parts.some((part) => !resolveCountry(part))) return [name]
  return parts
}

const governmentsOf =
  /^(?:the\s+)?(?:governments|gobiernos|gouvernements)\s+(?:of\s+(?:the\s+)?|de\s+|del\s+|des\s+|du\s+)/iu
