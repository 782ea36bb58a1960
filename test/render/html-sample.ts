import type {Cell, Comparison, Row} from '../../src/schema/comparison.js'

/** The name of a submitter that is markup, which the page must show as text. */
export const dangerousName = '<script>alert(1)</script>'

/** A quote that tries to close an SVG `<title>` and inject an image with a handler. */
export const dangerousQuote =
  'Governments alone </title><img src=x onerror=alert(1)> should decide & "rule".'

/** The second and third quotes of Cuba's mechanism cell, which only the folded list shows. */
export const secondQuote = 'States must decide on an equal footing.'
export const thirdQuote = 'A new body under the General Assembly would serve.'

const dimensions: Comparison['dimensions'] = [
  {id: 'mechanism', label: 'Mechanism', poles: ['intergovernmental', 'multistakeholder']},
  {id: 'un-role', label: 'UN role', poles: ['un-centred', 'un-peripheral']},
  {id: 'igf-relation', label: 'IGF relation', poles: ['distinct-from-igf', 'through-igf']}
]

function cell(
  dimension: string,
  stance: string,
  score: number,
  quote: string | null,
  line = 3,
  questionId: string | null = 'q1'
): Cell {
  return {
    dimension,
    stance,
    score,
    evidenceCount: quote === null ? 0 : 2,
    quote,
    place:
      quote === null
        ? null
        : {
            start: {line, column: 5, offset: line * 40},
            end: {line, column: 5 + quote.length, offset: line * 40 + quote.length}
          },
    questionId: quote === null ? null : questionId
  }
}

function row(fields: Partial<Row> & Pick<Row, 'key' | 'name' | 'cells' | 'scale'>): Row {
  return {
    contributionId: fields.key.replace(/~\d+$/, ''),
    group: 'government',
    country: null,
    regionalGroup: null,
    consultation: 'wgec-2016',
    language: 'en',
    path: null,
    by: fields.group ?? 'government',
    citations: [],
    questions: ['q1', 'q2'],
    ...fields
  }
}

/**
 * A small comparison built by hand: four submitters (one named with markup, one whose keys
 * slug to the same id as another's), three dimensions, every kind of cell (poles, mixed,
 * unstated, a missing quote, a missing place), a submitter with no place on the scale, blocs,
 * splits and citations.
 */
export function htmlSample(): Comparison {
  const rows: Row[] = [
    row({
      key: 'wgec-2016/cuba',
      name: 'Cuba',
      country: 'CU',
      regionalGroup: 'grulac',
      citations: [{instrument: 'tunis-agenda', paragraphs: ['35', '68', '69']}],
      cells: [
        {
          ...cell(
            'mechanism',
            'intergovernmental',
            -1,
            'An intergovernmental mechanism is needed.',
            4
          ),
          evidenceCount: 3,
          quotes: [
            {
              quote: 'An intergovernmental mechanism is needed.',
              place: {
                start: {line: 4, column: 5, offset: 160},
                end: {line: 4, column: 46, offset: 201}
              },
              questionId: 'q1'
            },
            {
              quote: secondQuote,
              place: {
                start: {line: 20, column: 1, offset: 800},
                end: {line: 20, column: 40, offset: 839}
              },
              questionId: 'q2'
            },
            {
              quote: thirdQuote,
              place: {
                start: {line: 31, column: 3, offset: 1240},
                end: {line: 31, column: 50, offset: 1287}
              },
              questionId: null
            }
          ]
        },
        cell('un-role', 'un-centred', -0.67, 'Under the auspices of the United Nations.', 9, 'q2'),
        cell('igf-relation', 'distinct-from-igf', -1, dangerousQuote, 12, 'q3')
      ],
      scale: {mean: -0.89, low: -1, high: -0.67, dimensions: 3}
    }),
    row({
      key: 'wgec-2016/a-b',
      name: dangerousName,
      group: 'civil-society',
      language: 'fr',
      by: 'civil-society',
      citations: [{instrument: 'tunis-agenda', paragraphs: ['69']}],
      cells: [
        cell('mechanism', 'mixed', 0, 'Both governments and all stakeholders, in their roles.', 7),
        cell('un-role', 'unstated', 0, null),
        cell('igf-relation', 'through-igf', 0.33, 'The IGF could host this work.', 15, null)
      ],
      scale: {mean: 0.17, low: -0.2, high: 0.5, dimensions: 2}
    }),
    row({
      key: 'wgec-2016/a/b',
      name: 'Internet Society',
      group: 'technical-community',
      by: 'technical-community',
      citations: [{instrument: 'tunis-agenda', paragraphs: ['69', '71']}],
      cells: [
        cell('mechanism', 'multistakeholder', 1, 'The multistakeholder model works.', 2),
        cell('un-role', 'un-peripheral', 0.67, 'No new UN body is needed.', 6),
        {...cell('igf-relation', 'through-igf', 1, 'Strengthen the IGF.', 8), place: null}
      ],
      scale: {mean: 0.89, low: 0.67, high: 1, dimensions: 3}
    }),
    row({
      key: 'wgec-2016/silent~2',
      name: 'A very long submitter name: Association for Progressive Communications & Friends',
      group: 'civil-society',
      by: 'civil-society',
      questions: [],
      cells: [
        cell('mechanism', 'unstated', 0, null),
        cell('un-role', 'unstated', 0, null),
        cell('igf-relation', 'unstated', 0, null)
      ],
      scale: {mean: null, low: null, high: null, dimensions: 0}
    })
  ]

  const keys = rows.map((each) => each.key)
  return {
    codebook: {id: 'enhanced-cooperation', version: '1.0.0'},
    dimensions,
    by: 'group',
    rows,
    splits: [
      {
        dimension: 'mechanism',
        groups: [
          {
            group: 'civil-society',
            count: 2,
            stances: {mixed: 1, unstated: 1},
            divergence: 0,
            meanScore: 0
          },
          {
            group: 'government',
            count: 1,
            stances: {intergovernmental: 1},
            divergence: 0,
            meanScore: -1
          },
          {
            group: 'technical-community',
            count: 1,
            stances: {multistakeholder: 1},
            divergence: 0,
            meanScore: 1
          }
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
        dimension: 'igf-relation',
        groups: [],
        overall: {
          group: 'all',
          count: 4,
          stances: {'distinct-from-igf': 1, 'through-igf': 2, unstated: 1, other: 0},
          divergence: 0.58,
          meanScore: 0.11
        }
      }
    ],
    agreement: {
      keys,
      matrix: [
        [1, 0, 0, null],
        [0, 1, 0.5, null],
        [0, 0.5, 1, null],
        [null, null, null, null]
      ]
    },
    blocs: [
      {id: 'bloc-1', members: ['wgec-2016/cuba'], meanAgreement: null},
      {id: 'bloc-2', members: ['wgec-2016/a-b', 'wgec-2016/a/b'], meanAgreement: 0.5},
      {id: 'bloc-3', members: ['wgec-2016/silent~2', 'not-a-row'], meanAgreement: null}
    ],
    citations: [
      {
        side: 'state-centric',
        submitters: 1,
        instruments: [
          {
            instrument: 'tunis-agenda',
            paragraphs: [
              {paragraph: '35', submitters: 1},
              {paragraph: '68', submitters: 1},
              {paragraph: '69', submitters: 1}
            ]
          }
        ]
      },
      {
        side: 'middle',
        submitters: 1,
        instruments: [{instrument: 'tunis-agenda', paragraphs: [{paragraph: '69', submitters: 1}]}]
      },
      {
        side: 'multistakeholder',
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
      }
    ]
  }
}
