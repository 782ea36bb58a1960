import type {Instrument} from '../schema/consultation-profile.js'

/**
 * The Tunis Agenda for the Information Society (WSIS, 18 November 2005,
 * WSIS-05/TUNIS/DOC/6(Rev.1)), whose 122 paragraphs contributions cite.
 *
 * @example
 *   tunisAgenda.paragraphs // => 122
 */
export const tunisAgenda: Instrument = {
  id: 'tunis-agenda',
  title: 'Tunis Agenda for the Information Society',
  paragraphs: 122,
  names: ['Tunis Agenda', 'Agenda de Túnez', 'Agenda de Tunis']
}
