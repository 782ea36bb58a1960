import type {Place} from '../../schema/place.js'
import type {Locator} from '../runs/locate.js'
import type {TextRun} from '../runs/text-run.js'

/** A footnote marker found in the text: its label and place. */
export interface Marker {
  label: string
  place: Place
}

const superscripts: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9'
}

/** Footnote markers: Unicode superscripts after a letter, digit or punctuation, `[^x]`, and `[12]`. */
const markerPattern =
  /(?<=[\p{L}\p{N}\p{P}])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^([^\]\s]{1,20})\]|\[(\d{1,3})\]/gu

/** A plain number right after a word or its closing punctuation, before a space or the end. */
const plainMarkerPattern = /(?<=[\p{L}.,;:)\]”’"])(\d{1,3})(?!\S)/gu

/**
 * Read the label of a superscript number.
 *
 * @param value
 *   Superscript digits such as `¹²`.
 * @returns
 *   Plain digits such as `12`.
 */
export function fromSuperscript(value: string): string {
  return [...value].map((character) => superscripts[character] ?? character).join('')
}

/**
 * Find the footnote markers in tidied runs: Unicode superscripts after a letter, digit or
 * punctuation, `[^x]` and `[12]`, and, for text from a PDF whose notes are printed below a rule,
 * plain digits after a word (`Tunis Agenda.1`) that are the label of one of those notes.
 *
 * @param runs
 *   Tidied runs, in document order.
 * @param plainLabels
 *   Labels of the notes below a rule (plain digits are markers only for these).
 * @param locator
 *   The source's locator.
 * @returns
 *   The markers, in the order of the runs.
 */
export function findMarkers(
  runs: Iterable<TextRun>,
  plainLabels: ReadonlySet<string>,
  locator: Locator
): Marker[] {
  const markers: Marker[] = []
  for (const run of runs) {
    if (plainLabels.size > 0) {
      for (const match of run.text.matchAll(plainMarkerPattern)) {
        const label = match[1] ?? ''
        if (!plainLabels.has(label)) continue
        markers.push({label, place: locator.runPlace(run, match.index, match.index + label.length)})
      }
    }

    if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹[]/u.test(run.text)) continue
    for (const match of run.text.matchAll(markerPattern)) {
      const label = match[1] ? fromSuperscript(match[1]) : (match[2] ?? match[3] ?? '')
      const start = match.index + (match[0].length - (match[1] ?? match[0]).length)
      markers.push({label, place: locator.runPlace(run, start, match.index + match[0].length)})
    }
  }

  return markers
}
