import type {ConsultationProfile, Question} from '../schema/consultation-profile.js'
import {cstdCues, cstdMeetingNames} from './cstd-cues.js'
import {tunisAgenda} from './tunis-agenda.js'

function question(
  number: number,
  text: string | null,
  variants: string[],
  shortForms: string[]
): Question {
  return {id: `wgec-2013/q${number}`, number, text, variants, shortForms}
}

/**
 * The first Working Group on Enhanced Cooperation (CSTD, 2013-2014): its questionnaire of 18
 * questions. Questions 12-14, 16 and 17 have no known wording here and are recognised by number.
 * Spanish and French wordings are this project's translations, for recognition only.
 *
 * @example
 *   wgec2013.questions.length // => 18
 */
export const wgec2013: ConsultationProfile = {
  id: 'wgec-2013',
  title: 'CSTD Working Group on Enhanced Cooperation (2013-2014): questionnaire',
  years: [2013, 2014],
  questions: [
    question(
      1,
      'Which stakeholder category do you belong to?',
      [
        '¿A qué categoría de partes interesadas pertenece?',
        'À quelle catégorie de parties prenantes appartenez-vous ?'
      ],
      ['stakeholder category', 'categoria de partes interesadas', 'categorie de parties prenantes']
    ),
    question(
      2,
      'What do you think is the significance, purpose and scope of enhanced cooperation as per the Tunis Agenda?',
      [
        '¿Cuál cree que es la importancia, el propósito y el alcance de la cooperación reforzada según la Agenda de Túnez?',
        'Selon vous, quels sont l’importance, l’objet et la portée de la coopération renforcée au sens de l’Agenda de Tunis ?'
      ],
      [
        'significance purpose and scope',
        'importancia proposito y alcance',
        'importance objet et portee'
      ]
    ),
    question(
      3,
      'To what extent has or has not enhanced cooperation been implemented?',
      [
        '¿En qué medida se ha aplicado o no la cooperación reforzada?',
        'Dans quelle mesure la coopération renforcée a-t-elle ou n’a-t-elle pas été mise en œuvre ?'
      ],
      [
        'extent has or has not',
        'been implemented',
        'en que medida se ha aplicado',
        'dans quelle mesure'
      ]
    ),
    question(
      4,
      'What are the relevant international public policy issues pertaining to the Internet?',
      [
        '¿Cuáles son las cuestiones de política pública internacional pertinentes relativas a Internet?',
        'Quelles sont les questions de politique publique internationale pertinentes relatives à l’Internet ?'
      ],
      ['relevant international public policy issues']
    ),
    question(
      5,
      'What are the roles and responsibilities of the different stakeholders, including governments, in implementation of the various aspects of enhanced cooperation?',
      [
        '¿Cuáles son las funciones y responsabilidades de las distintas partes interesadas, incluidos los gobiernos, en la aplicación de los diversos aspectos de la cooperación reforzada?',
        'Quels sont les rôles et responsabilités des différentes parties prenantes, y compris les gouvernements, dans la mise en œuvre des divers aspects de la coopération renforcée ?'
      ],
      ['roles and responsibilities of the different stakeholders']
    ),
    question(
      6,
      'How should enhanced cooperation be implemented to enable governments, on an equal footing, to carry out their roles and responsibilities in international public policy issues pertaining to the Internet?',
      [
        '¿Cómo debería aplicarse la cooperación reforzada para permitir a los gobiernos, en pie de igualdad, desempeñar sus funciones y responsabilidades en las cuestiones de política pública internacional relativas a Internet?',
        'Comment la coopération renforcée devrait-elle être mise en œuvre pour permettre aux gouvernements, sur un pied d’égalité, d’assumer leurs rôles et responsabilités dans les questions de politique publique internationale relatives à l’Internet ?'
      ],
      ['how should enhanced cooperation be implemented']
    ),
    question(
      7,
      'How can enhanced cooperation enable other stakeholders to carry out their roles and responsibilities?',
      [
        '¿Cómo puede la cooperación reforzada permitir a las demás partes interesadas desempeñar sus funciones y responsabilidades?',
        'Comment la coopération renforcée peut-elle permettre aux autres parties prenantes d’assumer leurs rôles et responsabilités ?'
      ],
      ['enable other stakeholders']
    ),
    question(
      8,
      'What are the most appropriate mechanisms to fully implement enhanced cooperation as recognized in the Tunis Agenda, including on international public policy issues pertaining to the Internet and public policy issues associated with coordination and management of critical Internet resources?',
      [
        '¿Cuáles son los mecanismos más apropiados para aplicar plenamente la cooperación reforzada reconocida en la Agenda de Túnez?',
        'Quels sont les mécanismes les plus appropriés pour mettre pleinement en œuvre la coopération renforcée reconnue dans l’Agenda de Tunis ?'
      ],
      ['most appropriate mechanisms', 'mecanismos mas apropiados', 'mecanismes les plus appropries']
    ),
    question(
      9,
      'What is the possible relationship between enhanced cooperation and the IGF?',
      [
        '¿Cuál es la posible relación entre la cooperación reforzada y el IGF?',
        'Quelle est la relation possible entre la coopération renforcée et le FGI ?'
      ],
      [
        'relationship between enhanced cooperation and the igf',
        'relacion entre la cooperacion',
        'relation possible entre'
      ]
    ),
    question(
      10,
      'How can the role of developing countries be made more effective in global Internet governance?',
      [
        '¿Cómo puede hacerse más eficaz el papel de los países en desarrollo en la gobernanza mundial de Internet?',
        'Comment rendre plus efficace le rôle des pays en développement dans la gouvernance mondiale de l’Internet ?'
      ],
      ['role of developing countries']
    ),
    question(
      11,
      'What barriers remain for all stakeholders to fully participate in their respective roles in global Internet governance? How can these barriers best be overcome?',
      [
        '¿Qué obstáculos persisten para que todas las partes interesadas participen plenamente en sus respectivas funciones en la gobernanza mundial de Internet? ¿Cómo pueden superarse mejor?',
        'Quels obstacles demeurent à la pleine participation de toutes les parties prenantes, dans leurs rôles respectifs, à la gouvernance mondiale de l’Internet ? Comment les surmonter au mieux ?'
      ],
      ['what barriers remain', 'que obstaculos persisten', 'quels obstacles demeurent']
    ),
    question(12, null, [], []),
    question(13, null, [], []),
    question(14, null, [], []),
    question(
      15,
      'What are the international internet-related public policy issues that are of special relevance to developing countries?',
      [
        '¿Cuáles son las cuestiones de política pública internacional relacionadas con Internet que revisten especial importancia para los países en desarrollo?',
        'Quelles sont les questions de politique publique internationale liées à l’Internet qui revêtent une importance particulière pour les pays en développement ?'
      ],
      ['special relevance to developing countries']
    ),
    question(16, null, [], []),
    question(17, null, [], []),
    question(
      18,
      'Are there other comments, or areas of concern, on enhanced cooperation you would like to submit?',
      [
        '¿Desea presentar otros comentarios o motivos de preocupación sobre la cooperación reforzada?',
        'Souhaitez-vous soumettre d’autres commentaires ou préoccupations concernant la coopération renforcée ?'
      ],
      ['other comments', 'areas of concern', 'otros comentarios', 'autres commentaires']
    )
  ],
  cues: cstdCues,
  meetingNames: [...cstdMeetingNames],
  stakeholderQuestion: 'wgec-2013/q1',
  instruments: [tunisAgenda]
}
