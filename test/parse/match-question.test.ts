import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {consultations} from '../../src/consultations/consultations.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {createQuestionMatcher} from '../../src/parse/structure/match-question.js'

// Recognition within a consultation: the documents here are too short to name theirs (see
// choose-consultation.test.ts for how one is chosen), so it is given.
const wgec2016 = {consultation: 'wgec-2016'} as const

function questionIds(
  markdown: string,
  options: {consultation?: string} = wgec2016
): Array<string | null> {
  return parseContribution(markdown, options).contribution.answers.map(
    (answer) => answer.questionId
  )
}

const answerText = '\n\nWe think it is already happening in many places.\n\n'

describe('recognising the 2016 guiding questions', () => {
  it.each([
    ['verbatim', 'What are the high level characteristics of enhanced cooperation?'],
    ['with smart quotes', 'What are the high level characteristics of “enhanced cooperation”?'],
    [
      'paraphrased',
      'What, in our view, are the high-level characteristics of enhanced cooperation?'
    ],
    ['as a heading', '## What are the high level characteristics of enhanced cooperation?'],
    ['shortened in a heading', '## High-level characteristics'],
    ['shortened in bold', '**High-level characteristics**'],
    ['as a blockquote', '> What are the high level characteristics of enhanced cooperation?'],
    ['as `Q1.`', 'Q1. What are the high level characteristics of enhanced cooperation?'],
    [
      'as `Question 1 :`',
      'Question 1 : What are the high level characteristics of enhanced cooperation?'
    ],
    [
      'in an HTML block',
      '<p><strong>What are the high level characteristics of enhanced cooperation?</strong></p>'
    ],
    ['in Spanish', '¿Cuáles son las características de alto nivel de la cooperación reforzada?'],
    [
      'in Spanish, numbered',
      '**Pregunta 1.** ¿Cuáles son las características de alto nivel de la “cooperación mejorada”?'
    ],
    [
      'in French',
      'Quelles sont les caractéristiques de haut niveau de la « coopération renforcée » ?'
    ]
  ])('recognises question 1 %s', (_, question) => {
    expect(questionIds(`${question}${answerText}Recommendations${answerText}`)).toEqual([
      'wgec-2016/q1',
      'wgec-2016/q2'
    ])
  })

  it('recognises question 2 with its long wording', () => {
    const markdown = `What are the high level characteristics of enhanced cooperation?${answerText}Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should we consider?${answerText}`
    expect(questionIds(markdown)).toEqual(['wgec-2016/q1', 'wgec-2016/q2'])
  })

  it('does not take a long answer paragraph that mentions recommendations for the question', () => {
    const markdown = `## High-level characteristics${answerText}## Recommendations\n\nOur recommendations are that the working group should consider a set of recommendations on capacity building and on the work of existing organizations.\n`
    expect(questionIds(markdown)).toEqual(['wgec-2016/q1', 'wgec-2016/q2'])
  })

  it('opens a section with no question id for a heading that matches no question', () => {
    const markdown = `## High-level characteristics${answerText}## Annex: our members${answerText}`
    expect(questionIds(markdown)).toEqual(['wgec-2016/q1', null])
  })

  it('keeps a deeper heading inside the answer it belongs to', () => {
    const markdown = `## High-level characteristics${answerText}### Our view${answerText}`
    expect(questionIds(markdown)).toEqual(['wgec-2016/q1'])
  })
})

describe('recognising the 2013 questionnaire', () => {
  it('recognises questions by wording and, where the wording is unknown, by number', () => {
    const markdown = [
      '1. Which stakeholder category do you belong to?',
      'Government',
      '',
      '9. What is the possible relationship between enhanced cooperation and the IGF?',
      '',
      'They are complementary.',
      '',
      '12. Is there anything about capacity you wish to add?',
      '',
      'Yes.',
      ''
    ].join('\n')
    expect(questionIds(markdown, {})).toEqual(['wgec-2013/q1', 'wgec-2013/q9', 'wgec-2013/q12'])
  })

  it('matches a question of the 2013 questionnaire in Spanish', () => {
    const match = createQuestionMatcher(consultations)(
      '¿Cuál es la posible relación entre la cooperación reforzada y el IGF?',
      false
    )
    expect(match?.question.id).toBe('wgec-2013/q9')
  })

  it('matches nothing in ordinary prose', () => {
    expect(
      createQuestionMatcher(consultations)(
        'The weather in Geneva was fine during the meeting.',
        false
      )
    ).toBeUndefined()
  })
})

describe('createQuestionMatcher', () => {
  const [wgec2016, wgec2013] = consultations
  const question = '¿Cuál es la posible relación entre la cooperación reforzada y el IGF?'

  it('matches for all profiles or for one, and scores a text once', () => {
    const match = createQuestionMatcher(consultations)
    const first = match(question, false)
    expect(first?.question.id).toBe('wgec-2013/q9')
    // The second call is answered from memory: the very same match, not one scored again.
    expect(match(question, false)).toBe(first)
    expect(match(question, false, wgec2013)?.question.id).toBe('wgec-2013/q9')
    expect(match(question, false, wgec2016)).toBeUndefined()
  })

  it('keeps short forms to headings, even for a text it has seen as a paragraph', () => {
    const match = createQuestionMatcher(consultations)
    expect(match('High-level characteristics', false)).toBeUndefined()
    expect(match('High-level characteristics', true)?.question.id).toBe('wgec-2016/q1')
  })

  it('matches for a profile it was not created with', () => {
    const match = createQuestionMatcher(wgec2016 ? [wgec2016] : [])
    expect(match(question, false, wgec2013)?.question.id).toBe('wgec-2013/q9')
  })
})

describe('a question and its answer in one paragraph', () => {
  function answers(markdown: string) {
    const {contribution} = parseContribution(markdown, wgec2016)
    return contribution.answers.map((answer) => ({
      id: answer.questionId,
      question: answer.questionText,
      questionSource: markdown.slice(answer.place.start.offset, answer.place.end.offset),
      answer: answer.blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type)),
      answerSource: answer.blocks.map((block) =>
        markdown.slice(block.place.start.offset, block.place.end.offset)
      )
    }))
  }

  it('splits a question from the answer on its next line', () => {
    const markdown =
      'Submitted by: Chile\n\nWhat are the high level characteristics of enhanced cooperation?\nA process among governments.\n'
    expect(answers(markdown)).toEqual([
      {
        id: 'wgec-2016/q1',
        question: 'What are the high level characteristics of enhanced cooperation?',
        questionSource: 'What are the high level characteristics of enhanced cooperation?',
        answer: ['A process among governments.'],
        answerSource: ['A process among governments.']
      }
    ])
  })

  it('splits a bold heading from the text on its next line', () => {
    const markdown =
      'Submitted by: Chile\n\n**High-level characteristics**\nA process among governments.\n\n**Recommendations**  \nA new body.\n'
    expect(answers(markdown)).toEqual([
      {
        id: 'wgec-2016/q1',
        question: 'High-level characteristics',
        questionSource: '**High-level characteristics**',
        answer: ['A process among governments.'],
        answerSource: ['A process among governments.']
      },
      {
        id: 'wgec-2016/q2',
        question: 'Recommendations',
        questionSource: '**Recommendations**',
        answer: ['A new body.'],
        answerSource: ['A new body.']
      }
    ])
  })

  it('splits a numbered bold label ending in a colon', () => {
    const markdown = 'Submitted by: Chile\n\n**2. Recommendations:**\nA new body.\n'
    expect(answers(markdown)).toEqual([
      {
        id: 'wgec-2016/q2',
        question: '2. Recommendations:',
        questionSource: '**2. Recommendations:**',
        answer: ['A new body.'],
        answerSource: ['A new body.']
      }
    ])
  })

  it('splits a bold heading and a `<br>` in HTML', () => {
    const html =
      '<html><body><p>Submitted by: Chile</p><p><strong>High-level characteristics</strong><br>A process among governments.</p><p><b>Recommendations</b> <br> A new body.</p></body></html>'
    const {contribution} = parseContribution(new VFile({path: 'chile.html', value: html}), wgec2016)
    expect(
      contribution.answers.map((answer) => [
        answer.questionId,
        answer.questionText,
        answer.blocks.map((block) => html.slice(block.place.start.offset, block.place.end.offset))
      ])
    ).toEqual([
      ['wgec-2016/q1', 'High-level characteristics', ['A process among governments.</p>']],
      ['wgec-2016/q2', 'Recommendations', ['A new body.</p>']]
    ])
  })

  it('leaves a paragraph that only opens in bold as one paragraph', () => {
    const markdown =
      'Submitted by: Chile\n\n## Recommendations\n\n**We recommend** a new body, and soon.\n'
    expect(answers(markdown)[0]?.answer).toEqual(['We recommend a new body, and soon.'])
  })
})

describe('a table of questions and answers', () => {
  const q1 = 'What are the high level characteristics of enhanced cooperation?'
  const q2 =
    'Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should be considered?'

  it('reads each row whose first cell is a question as the question and its answer', () => {
    const markdown = `Submitted by: Chile\n\n| Question | Answer |\n|---|---|\n| ${q1} | A process among governments. |\n| ${q2} | A new intergovernmental body. |\n`
    const {contribution} = parseContribution(markdown)
    expect(
      contribution.answers.map((answer) => ({
        id: answer.questionId,
        question: markdown.slice(answer.place.start.offset, answer.place.end.offset),
        answer: answer.blocks.map((block) =>
          markdown.slice(block.place.start.offset, block.place.end.offset)
        )
      }))
    ).toEqual([
      {id: 'wgec-2016/q1', question: q1, answer: ['A process among governments.']},
      {id: 'wgec-2016/q2', question: q2, answer: ['A new intergovernmental body.']}
    ])
    // The header row stays a table, before the first question.
    expect(contribution.preamble).toMatchObject([{type: 'table', rows: [['Question', 'Answer']]}])
  })

  it('codes the answers of such a table', () => {
    const markdown = `Submitted by: Chile\n\n| Question | Answer |\n|---|---|\n| ${q2} | We call for a new intergovernmental body under the United Nations. |\n`
    const positions = codePositions(parseContribution(markdown).contribution)
    const mechanism = positions.find((position) => position.dimension === 'mechanism')
    expect(mechanism?.stance).toBe('intergovernmental')
    expect(mechanism?.evidence[0]?.questionId).toBe('wgec-2016/q2')
  })

  it('reads such a table in HTML', () => {
    const html = `<html><body><p>Submitted by: Chile</p><table><tr><th>Question</th><th>Answer</th></tr><tr><td>${q1}</td><td><p>A process.</p></td></tr><tr><td>Remarks</td><td>None.</td></tr></table></body></html>`
    const {contribution} = parseContribution(new VFile({path: 'chile.html', value: html}), wgec2016)
    expect(
      contribution.answers.map((answer) => [
        answer.questionId,
        answer.blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type))
      ])
    ).toEqual([['wgec-2016/q1', ['A process.', 'table']]])
    expect(contribution.answers[0]?.blocks[1]).toMatchObject({rows: [['Remarks', 'None.']]})
  })

  it('leaves a table without questions as it is', () => {
    const markdown = `Submitted by: Chile\n\n## ${q1}\n\n| Body | Members |\n|---|---|\n| IGF | all |\n`
    const {contribution} = parseContribution(markdown)
    expect(contribution.answers[0]?.blocks).toMatchObject([
      {
        type: 'table',
        rows: [
          ['Body', 'Members'],
          ['IGF', 'all']
        ]
      }
    ])
  })
})
