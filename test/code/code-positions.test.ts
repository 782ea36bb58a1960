import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {Position} from '../../src/schema/position.js'
import {fixtureDocuments, readFixture} from '../helpers.js'

/** Code a short answer to the 2016 question on recommendations. */
function code(answer: string, language?: string): Position[] {
  const markdown = `Submitted by\n\nChile\n\n## Recommendations\n\n${answer}\n`
  const {contribution} = parseContribution(markdown)
  return codePositions(contribution, language ? {language} : {})
}

function on(positions: Position[], dimension: string): Position {
  const position = positions.find((entry) => entry.dimension === dimension)
  if (!position) throw new Error(`No position on ${dimension}`)
  return position
}

describe('codePositions on the Cuba contribution', () => {
  const {contribution} = parseContribution(readFixture('wgec-2016-cuba.md'))
  const positions = codePositions(contribution)

  it('codes the stance the gold gives on every dimension', () => {
    expect(
      Object.fromEntries(positions.map((position) => [position.dimension, position.stance]))
    ).toEqual({
      mechanism: 'intergovernmental',
      'new-mechanism': 'new-body',
      'un-role': 'un-centred',
      'state-authority': 'sovereign-states',
      'ec-status': 'unfulfilled',
      'igf-relation': 'unstated'
    })
  })

  it('keeps "should not replace any existing organization" as negated evidence that counts for nothing', () => {
    const evidence = on(positions, 'new-mechanism').evidence.find((item) =>
      item.quote.startsWith('Such a mechanism should not replace')
    )
    expect(evidence).toMatchObject({
      indicator: 'replace-existing-en',
      negated: true,
      pole: null,
      weight: 0
    })
  })

  it('points each quote at its line and column in the source', () => {
    const evidence = on(positions, 'mechanism').evidence[0]
    expect(evidence?.place.start).toMatchObject({line: 40, column: 3})
    expect(evidence?.questionId).toBe('wgec-2016/q2')
  })

  it('gives the state-centric side a score of -1', () => {
    expect(
      positions
        .filter((position) => position.stance !== 'unstated')
        .map((position) => position.score)
    ).toEqual([-1, -1, -1, -1, -1])
  })
})

describe('negation', () => {
  it.each([
    ['en', 'We do not support a new body for enhanced cooperation.'],
    ['es', 'No apoyamos la creación de un nuevo órgano para la cooperación reforzada.'],
    ['fr', 'Nous ne soutenons pas la création d’un nouvel organe pour la coopération renforcée.']
  ])(
    'codes a negated call for a new body (%s) as support for existing institutions',
    (language, sentence) => {
      const position = on(code(sentence, language), 'new-mechanism')
      expect(position.stance).toBe('existing-institutions')
      expect(position.evidence[0]).toMatchObject({negated: true, pole: 'existing-institutions'})
    }
  )

  it.each([
    ['en', 'The mechanism should not replace the existing organizations.'],
    ['es', 'El mecanismo no debe sustituir a las organizaciones existentes.'],
    ['fr', 'Le mécanisme ne doit pas remplacer les organisations existantes.']
  ])(
    'codes "should not replace existing organizations" (%s) as support for neither pole',
    (language, sentence) => {
      const position = on(code(sentence, language), 'new-mechanism')
      expect(position.stance).toBe('unstated')
      expect(position.evidence.map((item) => [item.negated, item.pole])).toEqual([[true, null]])
    }
  )

  it.each([
    ['en', 'A new body is not needed.'],
    ['es', 'Un nuevo órgano no es necesario.'],
    ['fr', 'Un nouvel organe n’est pas nécessaire.']
  ])('reads a negation after the indicator (%s)', (language, sentence) => {
    expect(on(code(sentence, language), 'new-mechanism').stance).toBe('existing-institutions')
  })
})

describe('attribution', () => {
  it.each([
    ['en', 'Some governments have proposed an intergovernmental council; we disagree.'],
    [
      'es',
      'Algunos gobiernos han propuesto un consejo intergubernamental; no compartimos esa propuesta.'
    ],
    [
      'fr',
      'Certains gouvernements proposent un conseil intergouvernemental ; nous ne partageons pas cet avis.'
    ]
  ])(
    'does not code a rejected proposal of others (%s) as the submitter’s own',
    (language, sentence) => {
      const position = on(code(sentence, language), 'mechanism')
      expect(position.stance).not.toBe('intergovernmental')
      expect(position.evidence[0]).toMatchObject({attributed: true})
      expect(position.evidence[0]?.pole).not.toBe('intergovernmental')
    }
  )

  it.each([
    ['en', 'Some governments call for an intergovernmental council.'],
    ['es', 'Algunos gobiernos piden un consejo intergubernamental.'],
    ['fr', 'Certains gouvernements demandent un conseil intergouvernemental.']
  ])('gives a reported view (%s) no weight', (language, sentence) => {
    const position = on(code(sentence, language), 'mechanism')
    expect(position.stance).toBe('unstated')
    expect(position.evidence[0]).toMatchObject({attributed: true, pole: null, weight: 0})
  })
})

describe('hedging', () => {
  it.each([
    ['en', 'The group could consider a new platform.'],
    ['es', 'El grupo podría considerar una nueva plataforma.'],
    ['fr', 'Le groupe pourrait envisager une nouvelle plateforme.']
  ])('halves the weight of a hedged statement (%s) and flags it', (language, sentence) => {
    const position = on(code(sentence, language), 'new-mechanism')
    expect(position.evidence[0]).toMatchObject({hedged: true, pole: 'new-body', weight: 0.5})
    expect(position.stance).toBe('new-body')
  })
})

describe('quotations of the Tunis Agenda', () => {
  it.each([
    [
      'en',
      'The Agenda reads: “policy authority for Internet-related public policy issues is the sovereign right of States”.'
    ],
    [
      'es',
      'La Agenda dice: “la autoridad normativa en materia de políticas públicas es un derecho soberano de los Estados”.'
    ],
    [
      'fr',
      'L’Agenda énonce : « l’autorité en matière de politique publique est un droit souverain des États ».'
    ]
  ])('reads a quotation (%s) as a citation, not a stance', (language, sentence) => {
    const position = on(code(sentence, language), 'state-authority')
    expect(position.stance).toBe('unstated')
    expect(position.evidence[0]).toMatchObject({attributed: true, pole: null})
  })
})

describe('a position stated once in a nested list', () => {
  it.each([
    [
      'en',
      '- Practical steps:\n  - publish an annual report;\n  - pursue enhanced cooperation through a strengthened IGF.'
    ],
    [
      'es',
      '- Pasos concretos:\n  - publicar un informe anual;\n  - fortalecer el IGF como espacio de la cooperación reforzada.'
    ],
    [
      'fr',
      '- Mesures concrètes :\n  - publier un rapport annuel ;\n  - renforcer le FGI pour y mener la coopération renforcée.'
    ]
  ])('counts it (%s)', (language, list) => {
    expect(on(code(list, language), 'igf-relation').stance).toBe('through-igf')
  })
})

describe('mixed positions', () => {
  it('codes hybrid language as mixed', () => {
    expect(
      on(code('We favour a hybrid model for enhanced cooperation.', 'en'), 'mechanism').stance
    ).toBe('mixed')
  })

  it('codes strong evidence on both sides as mixed, and a weak tie as unstated', () => {
    const both = code(
      'An intergovernmental mechanism must decide.\n\nA multistakeholder process must decide.',
      'en'
    )
    expect(on(both, 'mechanism').stance).toBe('mixed')
    const weak = code(
      'We want it multistakeholder. We think governments could decide policy.',
      'en'
    )
    expect(on(weak, 'mechanism').stance).toBe('multistakeholder')
  })
})

describe('codePositions', () => {
  it('returns one position per dimension of the codebook, in its order', () => {
    expect(code('Nothing to see.').map((position) => position.dimension)).toEqual(
      defaultCodebook.dimensions.map((dimension) => dimension.id)
    )
  })

  it('codes the preamble of a document that has no questions', () => {
    const {contribution} = parseContribution(readFixture('open-letter-coalition.md'))
    expect(on(codePositions(contribution), 'mechanism').stance).toBe('multistakeholder')
  })

  it('tries an indicator on a clause that has a word of its anchor, however short the prefix', () => {
    const codebook = structuredClone(defaultCodebook)
    const [dimension] = codebook.dimensions
    const indicator = dimension?.indicators.find((entry) => entry.language === 'en')
    if (!dimension || !indicator) throw new Error('The default codebook has no English indicator')
    dimension.indicators = [{...indicator, pattern: 'ig*', weight: 1}]
    const {contribution} = parseContribution(
      'Submitted by\n\nChile\n\n## Recommendations\n\nWe favour igloos.\n\nWe favour cabins.\n'
    )
    const [position] = codePositions(contribution, {codebook, language: 'en'})
    expect(position?.evidence.map((evidence) => evidence.quote)).toEqual(['We favour igloos.'])
  })

  it.each([
    ['es', 'La plataforma debe funcionar en el seno de la ONU.', 'un-centred'],
    ['es', 'La cooperación reforzada debe avanzar fuera de la ONU.', 'un-peripheral'],
    ['fr', 'La plateforme doit être rattachée à l’ONU.', 'un-centred'],
    ['fr', 'Elle doit relever du système de l’ONU.', 'un-centred'],
    ['fr', 'La coopération renforcée doit progresser hors de l’ONU.', 'un-peripheral'],
    ['fr', 'L’organe doit rendre compte à l’Assemblée générale, chaque année.', 'un-centred']
  ])(
    'codes the UN named by its acronym or with an elided article (%s: %s)',
    (language, sentence, stance) => {
      expect(on(code(sentence, language), 'un-role').stance).toBe(stance)
    }
  )

  it.each([
    ['es', 'El FGI es el lugar natural para la cooperación reforzada.', 'through-igf'],
    ['es', 'El FGI no puede sustituir a la cooperación reforzada.', 'distinct-from-igf'],
    ['es', 'El FGI es un espacio de diálogo, no de decisión.', 'distinct-from-igf'],
    ['fr', 'Le FGI est le cadre naturel de la coopération renforcée.', 'through-igf'],
    ['fr', 'Le FGI ne peut pas se substituer à la coopération renforcée.', 'distinct-from-igf'],
    ['fr', 'Le FGI est un lieu de dialogue et non de décision.', 'distinct-from-igf'],
    ['es', 'El FGI (Foro para la Gobernanza de Internet) se reunió en Guadalajara.', 'unstated']
  ])('codes what the IGF is for in Spanish and French (%s: %s)', (language, sentence, stance) => {
    expect(on(code(sentence, language), 'igf-relation').stance).toBe(stance)
  })

  it.each([
    ['en', 'The IGF is not the place for enhanced cooperation.', 'igf ~4 place'],
    ['es', 'El FGI no es el lugar para la cooperación reforzada.', 'fgi ~4 lugar'],
    ['fr', 'Le FGI n’est pas le lieu de la coopération renforcée.', 'fgi ~4 lieu']
  ])('reads a negation inside the words a gap skips (%s)', (language, sentence, pattern) => {
    const codebook = structuredClone(defaultCodebook)
    const dimension = codebook.dimensions.find((entry) => entry.id === 'igf-relation')
    const indicator = dimension?.indicators.find((entry) => entry.pole === 'through-igf')
    if (!dimension || !indicator) throw new Error('No through-igf indicator')
    dimension.indicators = [
      {...indicator, language, pattern, weight: 1, onNegation: 'opposite', frame: 'any'}
    ]
    const {contribution} = parseContribution(
      `Submitted by\n\nChile\n\n## Recommendations\n\n${sentence}\n`
    )
    const position = codePositions(contribution, {codebook, language}).find(
      (entry) => entry.dimension === 'igf-relation'
    )
    expect(position?.evidence).toMatchObject([{negated: true, pole: 'distinct-from-igf'}])
  })

  it('throws a TypeError when given something that is not a contribution', () => {
    expect(() => codePositions(null as never)).toThrow(TypeError)
  })

  it('gives the same output for the same input', () => {
    const {contribution} = parseContribution(readFixture('wgec-2016-senegal-fr.txt'))
    expect(JSON.stringify(codePositions(contribution))).toBe(
      JSON.stringify(codePositions(contribution))
    )
  })
})

const neutral = [
  'We thank the Chair for the opportunity to contribute.',
  'The meeting took place in Geneva in September.',
  'Agradecemos a la Presidencia esta oportunidad.',
  'Nous remercions le Secrétariat pour son travail.',
  'This section is organised in three parts.'
]

describe('codePositions properties', () => {
  const sources = fixtureDocuments()
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFixture(name))

  it('never changes its positions when an unrelated sentence is added', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.constantFrom(...neutral),
        fc.nat(),
        (file, sentence, at) => {
          const value = String(file.value)
          const breaks = [...value.matchAll(/\n\n(?=[A-Z¿¡])/g)].map((match) => match.index)
          if (breaks.length === 0) return
          const offset = breaks[at % breaks.length] ?? 0
          const changed = `${value.slice(0, offset)}\n\n${sentence}${value.slice(offset)}`
          const before = codePositions(
            parseContribution(new VFile({path: file.path, value})).contribution
          )
          const after = codePositions(
            parseContribution(new VFile({path: file.path, value: changed})).contribution
          )
          expect(after.map((position) => [position.stance, position.score])).toEqual(
            before.map((position) => [position.stance, position.score])
          )
        }
      ),
      {numRuns: Number(process.env.FAST_CHECK_RUNS ?? 60), seed: 20_161_207}
    )
  })
})
