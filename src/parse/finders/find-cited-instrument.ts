import {tunisAgenda} from '../../consultations/tunis-agenda.js'
import type {Instrument} from '../../schema/consultation-profile.js'
import {foldWords} from '../../text/normalize.js'

/** `, of the `, ` del `, ` de la `, …: what joins a cited paragraph to the name of its instrument. */
const joinAfter = /^\s*(?:,\s*)?(?:of|in|del?|de la|du|des|in the)\s+/iu
/** An article before an instrument's name, folded. */
const article = /^(?:the|la|el|los|las|le|les|l) /
const otherInstrumentAfter =
  /^\s*,?\s*(?:of|in|del?|de la|du|des|in the)\s+(?:the\s+|la\s+|el\s+|l['’]|le\s+)?(?:(?:general assembly |unga |ga )?resolution|resoluci[oó]n|r[ée]solution|geneva|ginebra|gen[eè]ve|wsis\s*\+\s*10|outcome|documento final|document final|declaration|declaraci[oó]n|d[ée]claration|a\/res|plan of action|plan de acci[oó]n|plan d['’]action|charter|carta|charte|convention|convenci[oó]n)/iu
const otherInstrumentBefore =
  /(?:resolution|resoluci[oó]n|r[ée]solution|a\/res\/[\w/.]+|outcome document|documento final|document final|declaration|declaraci[oó]n|d[ée]claration|plan of action)\s*[\d/.]*\s*,?\s*$/iu

/** An instrument a text may name, with its names folded as words. */
interface Known {
  readonly instrument: Instrument
  readonly names: readonly string[]
  /** Whether the consultation cites it: a paragraph of an instrument it does not list is no citation. */
  readonly listed: boolean
}

/** The instruments a text may name, and how far from a citation their names are looked for. */
interface Prepared {
  readonly known: readonly Known[]
  readonly reach: number
}

const cache = new WeakMap<readonly Instrument[], Prepared>()

/**
 * The instrument a paragraph cited at `start`-`end` of a text is of: the one named right after it
 * (`paragraph 5 of the X`, `párrafo 5 de la X`) or right before it (`X, paragraph 5`), by its
 * `names` (else its title); none when another document is named there (`paragraph 5 of resolution
 * 70/125`, the Tunis Agenda when the consultation does not cite it); else the first instrument.
 *
 * @param text
 *   The text of a run.
 * @param start
 *   Where the citation begins (its keyword, `paragraph`).
 * @param end
 *   Where it ends (after its last paragraph).
 * @param instruments
 *   The instruments the consultation cites (at least one), the first the default.
 * @returns
 *   The instrument, or `undefined` when the paragraph is of another document.
 */
export function findCitedInstrument(
  text: string,
  start: number,
  end: number,
  instruments: readonly Instrument[]
): Instrument | undefined {
  const prepared = prepare(instruments)
  const after = namedAfter(text, end, prepared)
  if (after) return after.listed ? after.instrument : undefined
  if (otherInstrumentAfter.test(text.slice(end, end + 80))) return undefined
  const before = namedBefore(text, start, prepared)
  if (before) return before.listed ? before.instrument : undefined
  if (otherInstrumentBefore.test(text.slice(Math.max(0, start - 60), start))) return undefined
  return instruments[0]
}

function prepare(instruments: readonly Instrument[]): Prepared {
  let prepared = cache.get(instruments)
  if (!prepared) {
    const all = instruments.some((instrument) => instrument.id === tunisAgenda.id)
      ? instruments
      : [...instruments, tunisAgenda]
    const raw = all.map((instrument) => instrument.names ?? [instrument.title])
    prepared = {
      known: all.map((instrument, index) => ({
        instrument,
        names: [...new Set((raw[index] ?? []).map((name) => foldWords(name)))],
        listed: instruments.includes(instrument)
      })),
      // Room for a name written with more space or punctuation than it is given with.
      reach: 2 * Math.max(...raw.flat().map((name) => name.length)) + 20
    }
    cache.set(instruments, prepared)
  }
  return prepared
}

/** The instrument named right after a citation (`of the X`), if any. */
function namedAfter(text: string, end: number, {known, reach}: Prepared): Known | undefined {
  const window = text.slice(end, end + 20 + reach)
  const joined = joinAfter.exec(window)
  if (!joined) return undefined
  const folded = foldWords(window.slice(joined[0].length))
  const bare = folded.replace(article, '')
  return known.find((entry) =>
    entry.names.some((name) => startsWith(folded, name) || startsWith(bare, name))
  )
}

/** The instrument named right before a citation (`X, paragraph`, `X’s paragraph`), if any. */
function namedBefore(text: string, start: number, {known, reach}: Prepared): Known | undefined {
  let at = start
  while (at > 0 && /\s/u.test(text.charAt(at - 1))) at--
  if (/[,(:]/.test(text.charAt(at - 1))) {
    at--
    while (at > 0 && /\s/u.test(text.charAt(at - 1))) at--
  }

  // A possessive: `the Charter’s paragraph 5`, `the Principles’ paragraph 5`.
  if (/['’]/.test(text.charAt(at - 1))) at--
  else if (/['’]s/iu.test(text.slice(at - 2, at))) at -= 2
  if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return undefined
  const folded = foldWords(text.slice(Math.max(0, at - reach), at))
  return known.find((entry) => entry.names.some((name) => endsWith(folded, name)))
}

function startsWith(folded: string, name: string): boolean {
  return folded === name || folded.startsWith(`${name} `)
}

function endsWith(folded: string, name: string): boolean {
  return folded === name || folded.endsWith(` ${name}`)
}
