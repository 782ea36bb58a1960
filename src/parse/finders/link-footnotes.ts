import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../../messages/create-message.js'
import type {Footnote} from '../../schema/footnote.js'
import type {Place} from '../../schema/place.js'
import type {DraftFootnote} from '../readers/draft.js'
import type {Marker} from './find-markers.js'

/**
 * Link footnotes to the markers that refer to them (`referencedAt`); a footnote nothing refers
 * to, and the first marker of a label no footnote has, are reported (`unlinked-footnote`).
 *
 * @param footnotes
 *   The footnotes as read.
 * @param markers
 *   The markers found in the text, in document order.
 * @param messages
 *   The messages to add to.
 * @returns
 *   The footnotes.
 */
export function linkFootnotes(
  footnotes: readonly DraftFootnote[],
  markers: readonly Marker[],
  messages: VFileMessage[]
): Footnote[] {
  const markersByLabel = new Map<string, Place[]>()
  for (const marker of markers) {
    const places = markersByLabel.get(marker.label) ?? []
    places.push(marker.place)
    markersByLabel.set(marker.label, places)
  }

  const linked = footnotes.map(
    (footnote): Footnote => ({
      label: footnote.label,
      text: footnote.text,
      place: footnote.place,
      referencedAt: markersByLabel.get(footnote.label) ?? []
    })
  )

  for (const footnote of linked) {
    if (footnote.referencedAt.length === 0) {
      messages.push(
        createMessage(
          'unlinked-footnote',
          {label: footnote.label, missing: 'reference'},
          footnote.place
        )
      )
    }
  }

  const defined = new Set(linked.map((footnote) => footnote.label))
  const reported = new Set<string>()
  for (const marker of markers) {
    if (defined.has(marker.label) || reported.has(marker.label)) continue
    reported.add(marker.label)
    messages.push(
      createMessage('unlinked-footnote', {label: marker.label, missing: 'definition'}, marker.place)
    )
  }

  return linked
}
