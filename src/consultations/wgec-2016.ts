import type {ConsultationProfile} from '../schema/consultation-profile.js'
import {cstdCues, cstdMeetingNames} from './cstd-cues.js'
import {tunisAgenda} from './tunis-agenda.js'

/**
 * The second Working Group on Enhanced Cooperation (CSTD, 2016-2018): the two guiding questions
 * agreed at its first meeting on 30 September 2016. Spanish and French wordings are this
 * project's translations, for recognition only.
 *
 * @example
 *   wgec2016.questions[1].id // => 'wgec-2016/q2'
 */
export const wgec2016: ConsultationProfile = {
  id: 'wgec-2016',
  title: 'CSTD Working Group on Enhanced Cooperation (2016-2018): guiding questions',
  years: [2016, 2018],
  questions: [
    {
      id: 'wgec-2016/q1',
      number: 1,
      text: 'What are the high level characteristics of enhanced cooperation?',
      variants: [
        '¿Cuáles son las características de alto nivel de la cooperación reforzada?',
        '¿Cuáles son las características de alto nivel de la cooperación mejorada?',
        'Quelles sont les caractéristiques de haut niveau de la coopération renforcée ?'
      ],
      shortForms: [
        'high level characteristics',
        'characteristics of enhanced cooperation',
        'caracteristicas de alto nivel',
        'caracteristicas de la cooperacion',
        'caracteristiques de haut niveau',
        'caracteristiques de la cooperation'
      ]
    },
    {
      id: 'wgec-2016/q2',
      number: 2,
      text: 'Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should we consider?',
      variants: [
        'Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should be considered?',
        'Teniendo en cuenta el trabajo del anterior WGEC y la Agenda de Túnez, en particular los párrafos 69 a 71, ¿qué tipo de recomendaciones deberíamos considerar?',
        'Compte tenu des travaux du précédent groupe de travail et de l’Agenda de Tunis, en particulier des paragraphes 69 à 71, quel type de recommandations devrions-nous envisager ?'
      ],
      shortForms: [
        'recommendations',
        'what kind of recommendations',
        'recomendaciones',
        'que tipo de recomendaciones',
        'recommandations',
        'quel type de recommandations'
      ]
    }
  ],
  cues: cstdCues,
  meetingNames: [...cstdMeetingNames],
  instruments: [tunisAgenda]
}
