import type {Cell, Comparison, Row} from '../../src/schema/comparison.js'

/** A name with every character that CSV, Markdown, HTML and LaTeX treat specially. */
export const awkwardName = 'Smith, "Jones" & Co <b>|x|</b> 50% $5_a~b^c\\d{e}'

/** A quote over two lines, with CSV and Markdown syntax in it. */
export const awkwardQuote = 'Governments have a role,\nand so do "all stakeholders" | *every* one.'

function place(line: number, column: number, length: number) {
  const offset = line * 100 + column
  return {
    start: {line, column, offset},
    end: {line, column: column + length, offset: offset + length}
  }
}

function unstated(dimension: string): Cell {
  return {
    dimension,
    stance: 'unstated',
    score: 0,
    evidenceCount: 0,
    quote: null,
    place: null,
    questionId: null
  }
}

const government: Row = {
  key: 'wgec-2016/cuba',
  contributionId: 'wgec-2016/cuba',
  name: 'Cuba',
  group: 'government',
  country: 'CU',
  regionalGroup: 'grulac',
  consultation: 'wgec-2016',
  language: 'en',
  path: 'wgec-2016/cuba.md',
  by: 'government',
  cells: [
    {
      dimension: 'mechanism',
      stance: 'intergovernmental',
      score: -1,
      evidenceCount: 3,
      quote: 'An intergovernmental mechanism is needed.',
      place: place(12, 1, 41),
      questionId: 'q1'
    },
    {
      dimension: 'un-role',
      stance: 'un-centred',
      score: -0.8,
      evidenceCount: 2,
      quote: 'The United Nations should lead.',
      place: place(20, 5, 31),
      questionId: 'q2'
    }
  ],
  scale: {mean: -0.9, low: -1, high: -0.8, dimensions: 2},
  citations: [{instrument: 'tunis-agenda', paragraphs: ['69', '71']}],
  questions: ['q1', 'q2']
}

const business: Row = {
  key: 'wgec-2016/smith-jones',
  contributionId: 'wgec-2016/smith-jones',
  name: awkwardName,
  group: 'private-sector',
  country: null,
  regionalGroup: null,
  consultation: 'wgec-2016',
  language: 'en',
  path: null,
  by: 'private-sector',
  cells: [
    {
      dimension: 'mechanism',
      stance: 'mixed',
      score: 0,
      evidenceCount: 2,
      quote: awkwardQuote,
      place: place(7, 3, 66),
      questionId: null
    },
    {
      dimension: 'un-role',
      stance: 'distributed',
      score: 0.5,
      evidenceCount: 1,
      quote: 'No single body should decide.',
      place: place(9, 1, 29),
      questionId: 'q2'
    }
  ],
  scale: {mean: 0.25, low: 0, high: 0.5, dimensions: 2},
  citations: [{instrument: 'tunis-agenda', paragraphs: ['35(a)']}],
  questions: ['q2']
}

const civilSociety: Row = {
  key: 'wgec-2016/access-now',
  contributionId: 'wgec-2016/access-now',
  name: 'Access Now',
  group: 'civil-society',
  country: null,
  regionalGroup: null,
  consultation: 'wgec-2016',
  language: 'en',
  path: 'wgec-2016/access-now.md',
  by: 'civil-society',
  cells: [
    {
      dimension: 'mechanism',
      stance: 'multistakeholder',
      score: 1,
      evidenceCount: 4,
      quote: 'Multistakeholder processes work.',
      place: place(3, 1, 32),
      questionId: 'q1'
    },
    {
      dimension: 'un-role',
      stance: 'distributed',
      score: 1,
      evidenceCount: 1,
      quote: 'Many venues share the work.',
      place: place(5, 1, 27),
      questionId: 'q2'
    }
  ],
  scale: {mean: 1, low: 1, high: 1, dimensions: 2},
  citations: [],
  questions: ['q1', 'q2']
}

const academic: Row = {
  key: 'wgec-2016/nowhere',
  contributionId: 'wgec-2016/nowhere',
  name: 'University of Nowhere',
  group: 'academia',
  country: 'FR',
  regionalGroup: null,
  consultation: 'wgec-2016',
  language: 'fr',
  path: 'wgec-2016/nowhere.txt',
  by: 'academia',
  cells: [unstated('mechanism'), unstated('un-role')],
  scale: {mean: null, low: null, high: null, dimensions: 0},
  citations: [],
  questions: []
}

/**
 * A comparison of four submitters on two dimensions, by stakeholder group: a government with a
 * regional group, a business with an awkward name and a quote over two lines, a civil society
 * organisation, and an academic with nothing stated and no place on the scale.
 */
export const sampleComparison: Comparison = {
  codebook: {id: 'enhanced-cooperation', version: '1.0.0'},
  dimensions: [
    {id: 'mechanism', label: 'Mechanism', poles: ['intergovernmental', 'multistakeholder']},
    {id: 'un-role', label: 'UN role', poles: ['un-centred', 'distributed']}
  ],
  by: 'group',
  rows: [government, business, civilSociety, academic],
  splits: [
    {
      dimension: 'mechanism',
      groups: [
        {
          group: 'government',
          count: 1,
          stances: {intergovernmental: 1},
          divergence: 0,
          meanScore: -1
        },
        {group: 'private-sector', count: 1, stances: {mixed: 1}, divergence: 0, meanScore: 0},
        {
          group: 'civil-society',
          count: 1,
          stances: {multistakeholder: 1},
          divergence: 0,
          meanScore: 1
        },
        {group: 'academia', count: 1, stances: {unstated: 1}, divergence: null, meanScore: null}
      ],
      overall: {
        group: 'all',
        count: 4,
        stances: {intergovernmental: 1, mixed: 1, multistakeholder: 1, unstated: 1},
        divergence: 1,
        meanScore: 0
      }
    },
    {
      dimension: 'un-role',
      groups: [
        {group: 'government', count: 1, stances: {'un-centred': 1}, divergence: 0, meanScore: -0.8},
        {
          group: 'private-sector',
          count: 1,
          stances: {distributed: 1},
          divergence: 0,
          meanScore: 0.5
        },
        {
          group: 'civil-society',
          count: 1,
          stances: {distributed: 1},
          divergence: 0,
          meanScore: 1
        },
        {group: 'academia', count: 1, stances: {unstated: 1}, divergence: null, meanScore: null}
      ],
      overall: {
        group: 'all',
        count: 4,
        stances: {'un-centred': 1, distributed: 2, unstated: 1},
        divergence: 0.5794415416798359,
        meanScore: 0.2333333333333333
      }
    }
  ],
  agreement: {
    keys: [government.key, business.key, civilSociety.key, academic.key],
    matrix: [
      [1, 0, 0, null],
      [0, 1, 0.5, null],
      [0, 0.5, 1, null],
      [null, null, null, null]
    ]
  },
  blocs: [
    {id: 'bloc-1', members: [government.key], meanAgreement: null},
    {id: 'bloc-2', members: [business.key, civilSociety.key], meanAgreement: 0.5}
  ],
  citations: [
    {
      side: 'state-centric',
      submitters: 1,
      instruments: [
        {
          instrument: 'tunis-agenda',
          paragraphs: [
            {paragraph: '69', submitters: 1},
            {paragraph: '71', submitters: 1}
          ]
        }
      ]
    },
    {
      side: 'middle',
      submitters: 1,
      instruments: [{instrument: 'tunis-agenda', paragraphs: [{paragraph: '35(a)', submitters: 1}]}]
    },
    {side: 'multistakeholder', submitters: 1, instruments: []}
  ]
}
