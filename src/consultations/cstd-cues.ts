import type {ConsultationProfile} from '../schema/consultation-profile.js'

/**
 * The header lines of both Working Groups on Enhanced Cooperation: the CSTD (and UNCTAD, its
 * secretariat) and the group's name, in English, Spanish and French, as folded words.
 */
export const cstdCues: NonNullable<ConsultationProfile['cues']> = {
  issuingBody: [
    'commission on science and technology',
    'comision de ciencia y tecnologia',
    'commission de la science et de la technique',
    'united nations conference on trade and development',
    'conferencia de las naciones unidas sobre comercio',
    'conference des nations unies sur le commerce'
  ],
  workingGroup: [
    'working group on enhanced cooperation',
    'grupo de trabajo sobre cooperacion mejorada',
    'grupo de trabajo sobre la cooperacion mejorada',
    'grupo de trabajo sobre cooperacion reforzada',
    'grupo de trabajo sobre la cooperacion reforzada',
    'groupe de travail sur la cooperation renforcee'
  ],
  mentions: ['wgec']
}

/**
 * The names a title gives both Working Groups on Enhanced Cooperation, or their body, after `to`,
 * `on` or `for` (`Contribution of X to the WGEC`, `Comments of X on enhanced cooperation`), as
 * their first words, in English, Spanish and French.
 */
export const cstdMeetingNames: readonly string[] = [
  'WGEC',
  'CSTD',
  'Working',
  'Grupo',
  'Groupe',
  'Enhanced',
  'Cooperación',
  'Coopération'
]
