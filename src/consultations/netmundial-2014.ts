import type {ConsultationProfile} from '../schema/consultation-profile.js'
import {tunisAgenda} from './tunis-agenda.js'

/**
 * NETmundial, the Global Multistakeholder Meeting on the Future of Internet Governance (São Paulo,
 * 23-24 April 2014): contributions were sent through a web form on two topics, or on both
 * (`combined`), chosen in the record's `Area:` field. The topics are its questions.
 *
 * @example
 *   netmundial2014.questions.map((question) => question.id)
 *   // => ['netmundial-2014/q1', 'netmundial-2014/q2', 'netmundial-2014/q3']
 */
export const netmundial2014: ConsultationProfile = {
  id: 'netmundial-2014',
  title: 'NETmundial: Global Multistakeholder Meeting on the Future of Internet Governance (2014)',
  years: [2014, 2014],
  questions: [
    {
      id: 'netmundial-2014/q1',
      number: 1,
      text: 'Internet governance principles',
      variants: ['Set of Internet governance principles'],
      shortForms: ['internet governance principles', 'principles'],
      topics: ['set of internet governance principles', 'principles']
    },
    {
      id: 'netmundial-2014/q2',
      number: 2,
      text: 'Roadmap for the further evolution of the Internet governance ecosystem',
      variants: [],
      shortForms: ['roadmap for the further evolution', 'roadmap'],
      topics: ['roadmap for the further evolution', 'roadmap']
    },
    {
      id: 'netmundial-2014/q3',
      number: 3,
      text: 'Combined: Internet governance principles and roadmap',
      variants: [],
      shortForms: [],
      topics: ['combined']
    }
  ],
  cues: {
    workingGroup: [
      'global multistakeholder meeting on the future of internet governance',
      'reunion multisectorial global sobre el futuro de la gobernanza de internet',
      'reunion mondiale multipartite sur l avenir de la gouvernance de l internet'
    ],
    mentions: ['netmundial', 'net mundial', 'sao paulo meeting', 'meeting in sao paulo']
  },
  instruments: [tunisAgenda],
  meetingNames: ['NETmundial', 'Net Mundial', 'Principles', 'Roadmap']
}
