import type {VFileMessage} from 'vfile-message'
import {regionalGroupOf} from '../../countries/regional-group-of.js'
import {resolveCountry} from '../../countries/resolve-country.js'
import {resolveRegion} from '../../countries/resolve-region.js'
import {createMessage} from '../../messages/create-message.js'
import type {Place} from '../../schema/place.js'
import type {StakeholderGroup} from '../../schema/stakeholder-group.js'
import type {Submitter} from '../../schema/submitter.js'
import {placeParticles} from '../words/place-particles.js'
import {trailingParenthetical} from '../words/trailing-parenthetical.js'
import {
  groupFromCategory,
  groupFromName,
  groupFromStatements,
  isTradeAssociation
} from './classify-submitter.js'

/** What a document says that tells who its submitter is. */
export interface SubmitterHints {
  name: string | undefined
  /** The title, where a government's country is looked for when nothing else names it. */
  title: string | undefined
  group: string | undefined
  country: string | undefined
  statements: string
}

/**
 * The submitter from what the document says: its name (without a seat in parentheses), its
 * group (stated, a country's name, else from the name or the statements), and its country and
 * regional group, or a region that is no single country as stated.
 *
 * @param hints
 *   What the document says.
 * @param messages
 *   The messages to add to (`no-submitter-found`, `unknown-stakeholder-group`, `unknown-country`).
 * @param place
 *   The place those messages are given.
 * @returns
 *   The submitter.
 */
export function resolveSubmitter(
  hints: SubmitterHints,
  messages: VFileMessage[],
  place: Place
): Submitter {
  if (!hints.name) messages.push(createMessage('no-submitter-found', {}, place))
  let name = hints.name?.trim() || undefined
  let seat: string | undefined
  const parenthetical = name ? trailingParenthetical(name) : undefined
  const found = parenthetical ? seatOf(parenthetical.inside) : undefined
  if (name && parenthetical && found) {
    seat = found
    name = parenthetical.before
  }

  const stated = hints.group ? groupFromCategory(hints.group) : undefined
  const ownCountry = name ? resolveCountry(name) : undefined
  // A form that states a group it has no word for (`Other`) is not second-guessed from the text.
  const group: StakeholderGroup =
    stated ??
    (ownCountry ? 'government' : undefined) ??
    (name ? groupOfName(name, hints.statements) : undefined) ??
    (name && !hints.group ? groupFromStatements(hints.statements) : undefined) ??
    'unknown'

  if (name && group === 'unknown') {
    messages.push(createMessage('unknown-stakeholder-group', {name}, place))
  }

  const where = hints.country ? resolveRegion(hints.country) : {}
  let country: string | undefined
  if (group === 'government') {
    country =
      ownCountry ?? where.country ?? (hints.title ? resolveRegion(hints.title).country : undefined)
    if (!country && name) {
      messages.push(createMessage('unknown-country', {name}, place))
    }
  } else {
    country = seat ?? where.country ?? (name ? basedIn(hints.statements.slice(0, 2000)) : undefined)
  }

  const regionalGroup = group === 'government' && country ? regionalGroupOf(country) : undefined
  return {
    name: name ?? null,
    group,
    ...(country ? {country} : {}),
    ...(regionalGroup ? {regionalGroup} : {}),
    ...(!country && where.region ? {region: where.region} : {})
  }
}

/**
 * The country of a seat in parentheses after a name: a country (`(Kenya)`), or a place and its
 * country (`(Nairobi, Kenya)`, `(São Paulo, Brazil)`), each place a few capitalised words; not a
 * description that mentions a country (`(Information Security Forum agent for Brazil)`).
 */
function seatOf(inside: string): string | undefined {
  const parts = inside.split(',').map((part) => part.trim())
  const last = parts.at(-1)
  const code = last ? resolveCountry(last) : undefined
  if (!code) return undefined
  return parts.slice(0, -1).every((part) => isPlaceName(part)) ? code : undefined
}

/**
 * The seat a document gives its submitter in its own description: `based in Nairobi, Kenya`,
 * `basada en Quito, Ecuador`, `basée à Dakar (Sénégal)`, `a Kenya-based organisation`.
 */
function basedIn(text: string): string | undefined {
  const found = basedInPattern.exec(text)
  if (found?.[1]) return resolveRegion(found[1]).country
  const adjective = basedPattern.exec(text)
  return adjective?.[1] ? resolveCountry(adjective[1]) : undefined
}

const basedInPattern =
  /\b(?:based|headquartered|located|established) in ((?:\p{Lu}[\p{L}'’.-]*[ ,]{0,2}){1,6})/u
const basedPattern = /\b(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)-based\b/u

/** A place's name: up to five words, capitalised but for particles (`Ciudad de México`). */
function isPlaceName(text: string): boolean {
  const words = text.split(/\s+/)
  return (
    words.length <= 5 &&
    words.every((word) => /^\p{Lu}/u.test(word) || placeParticles.has(word)) &&
    !organisationWord.test(text) &&
    /^\p{Lu}/u.test(words[0] ?? '')
  )
}

const organisationWord =
  /\b(?:university|universidad|universit[ée]|institute|instituto|institut|college|school|office|ministry|department|centre|center|agent|agency)\b/iu

/** The group a name tells, but a trade association's whose name could be a civil-society group's. */
function groupOfName(name: string, statements: string): StakeholderGroup | undefined {
  const group = groupFromName(name)
  return group === 'civil-society' && isTradeAssociation(name, statements)
    ? 'private-sector'
    : group
}
