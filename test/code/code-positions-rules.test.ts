import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {Evidence, Position} from '../../src/schema/position.js'

/** Code a short text as the answer of a contribution submitted by Chile. */
function code(answer: string, language: string): Position[] {
  const markdown = `Submitted by\n\nChile\n\n## Recommendations\n\n${answer}\n`
  return codePositions(parseContribution(markdown).contribution, {language})
}

function on(positions: Position[], dimension: string): Position {
  const position = positions.find((entry) => entry.dimension === dimension)
  if (!position) throw new Error(`No position on ${dimension}`)
  return position
}

function flags(evidence: readonly Evidence[]) {
  return evidence.map(({indicator, pole, negated, attributed}) => ({
    indicator,
    pole,
    negated,
    attributed
  }))
}

describe('names are not stances', () => {
  it.each([
    [
      'en',
      'We believe the Global Multistakeholder Meeting on the Future of Internet Governance was well run.'
    ],
    [
      'es',
      'Creemos que la Reunión Global Multisectorial sobre el Futuro de la Gobernanza de Internet fue un éxito.'
    ],
    [
      'fr',
      'Nous estimons que la Réunion Mondiale Multipartite sur l’Avenir de la Gouvernance de l’Internet a été utile.'
    ]
  ])('masks a titled name with a stance word inside (%s)', (language, sentence) => {
    const position = on(code(sentence, language), 'mechanism')
    expect(position.stance).toBe('unstated')
    expect(position.evidence).toEqual([])
  })

  it.each([
    ['en', 'We believe the multistakeholder model works.'],
    ['es', 'Creemos que el modelo multisectorial funciona.'],
    ['fr', 'Nous estimons que le modèle multipartite fonctionne.']
  ])('still reads the same word outside a name (%s)', (language, sentence) => {
    expect(on(code(sentence, language), 'mechanism').stance).toBe('multistakeholder')
  })

  it.each([
    [
      'en',
      'We believe an Intergovernmental Panel of Experts on the Digital Economy (IPEDE) should meet. We think IPEDE should report.'
    ],
    [
      'es',
      'Creemos que el Grupo Intergubernamental de Expertos sobre la Economía Digital debe reunirse.'
    ],
    [
      'fr',
      'Nous pensons que le Groupe Intergouvernemental d’Experts sur l’Économie Numérique doit se réunir.'
    ]
  ])(
    'does not code the name of an intergovernmental group as a mechanism (%s)',
    (language, sentence) => {
      expect(on(code(sentence, language), 'mechanism').stance).toBe('unstated')
    }
  )

  it.each([
    [
      'en',
      'We thank the working group on enhanced cooperation and believe it should publish its report.'
    ],
    [
      'es',
      'Agradecemos al grupo de trabajo sobre la cooperación reforzada y creemos que debe publicar su informe.'
    ],
    [
      'fr',
      'Nous remercions le groupe de travail sur la coopération renforcée, qui doit publier son rapport.'
    ]
  ])('masks a known name of the codebook even in lower case (%s)', (language, sentence) => {
    const positions = code(sentence, language)
    expect(positions.every((position) => position.stance === 'unstated')).toBe(true)
  })

  it('keeps an indicator that reaches outside a name: strengthening the Internet Governance Forum', () => {
    const position = on(
      code('We should strengthen the Internet Governance Forum.', 'en'),
      'igf-relation'
    )
    expect(position.stance).toBe('through-igf')
  })
})

describe('the submitter’s own voice', () => {
  it.each([
    [
      'en',
      'An earlier report listed the existing mechanisms.',
      'We should rely on the existing mechanisms.'
    ],
    [
      'es',
      'Un informe anterior enumeraba los mecanismos existentes.',
      'Debemos apoyarnos en los mecanismos existentes.'
    ],
    [
      'fr',
      'Un rapport antérieur énumérait les mécanismes existants.',
      'Nous devons nous appuyer sur les mécanismes existants.'
    ]
  ])(
    'needs a prescriptive frame for new-mechanism (%s): a description is no stance',
    (language, description, prescription) => {
      const described = on(code(description, language), 'new-mechanism')
      expect(described).toMatchObject({stance: 'unstated', evidence: []})
      const prescribed = on(code(prescription, language), 'new-mechanism')
      expect(prescribed.stance).toBe('existing-institutions')
      expect(prescribed.evidence[0]?.quote).toBe(prescription)
    }
  )

  it.each([
    ['en', 'We are a multistakeholder network of engineers.'],
    ['es', 'Somos una red multisectorial de ingenieros.'],
    ['fr', 'Nous sommes un réseau multipartite d’ingénieurs.']
  ])('reads the submitter describing itself as no stance (%s)', (language, sentence) => {
    expect(on(code(sentence, language), 'mechanism')).toMatchObject({
      stance: 'unstated',
      evidence: []
    })
  })

  it.each([
    ['en', 'Chile supports the multistakeholder model.'],
    ['en', 'Our position is a multistakeholder model.'],
    ['es', 'Chile apoya el modelo multisectorial.'],
    ['es', 'Nuestra posición es un modelo multisectorial.'],
    ['fr', 'Le Chili soutient le modèle multipartite.'],
    ['fr', 'Notre position est un modèle multipartite.']
  ])('reads the submitter’s support or position as a frame (%s: %s)', (language, sentence) => {
    expect(on(code(sentence, language), 'mechanism').stance).toBe('multistakeholder')
  })

  it.each([
    ['en', '- Strengthen the existing institutions.'],
    ['es', '- Fortalecer las instituciones existentes.'],
    ['fr', '- Renforcer les institutions existantes.']
  ])('reads a list item that opens with a verb as a recommendation (%s)', (language, item) => {
    expect(on(code(item, language), 'new-mechanism').stance).toBe('existing-institutions')
  })

  it.each([
    ['en', 'We recommend the following:\n\n- a body under the existing organisations.'],
    ['es', 'Recomendamos lo siguiente:\n\n- un trabajo a través de las organizaciones existentes.'],
    [
      'fr',
      'Nous recommandons ce qui suit :\n\n- un travail à travers les organisations existantes.'
    ]
  ])('gives list items the frame of the sentence that introduces them (%s)', (language, list) => {
    expect(on(code(list, language), 'new-mechanism').stance).toBe('existing-institutions')
  })

  it.each([
    ['en', 'We prefer the other option, because an intergovernmental body has shown its limits.'],
    [
      'es',
      'Preferimos la otra opción, porque un órgano intergubernamental ha mostrado sus límites.'
    ],
    [
      'fr',
      'Nous préférons l’autre option, parce qu’un organe intergouvernemental a montré ses limites.'
    ]
  ])('does not let a frame reach into a reason it gives (%s)', (language, sentence) => {
    expect(on(code(sentence, language), 'mechanism').stance).toBe('unstated')
  })

  it.each([
    [
      'en',
      'The Internet is evolving quickly.',
      'Enhanced cooperation has not yet been implemented.',
      'unfulfilled'
    ],
    [
      'es',
      'El proyecto ya está en marcha.',
      'La cooperación reforzada ya está en marcha.',
      'under-way'
    ],
    ['fr', 'Le projet est en cours.', 'La coopération renforcée est en cours.', 'under-way']
  ])(
    'codes ec-status only from an assessment of enhanced cooperation (%s)',
    (language, other, assessed, stance) => {
      expect(on(code(other, language), 'ec-status')).toMatchObject({
        stance: 'unstated',
        evidence: []
      })
      expect(on(code(assessed, language), 'ec-status').stance).toBe(stance)
    }
  )
})

describe('negation with scope', () => {
  it.each([
    ['en', 'We see no reason to place Internet public policy in a new United Nations agency.'],
    [
      'es',
      'Creemos que la política no debe quedar basada en una nueva estructura de las Naciones Unidas.'
    ],
    [
      'fr',
      'Nous estimons que la politique ne doit pas être placée dans une nouvelle structure des Nations Unies.'
    ]
  ])('negates an anchoring in the UN a few words away from it (%s)', (language, sentence) => {
    expect(on(code(sentence, language), 'un-role').stance).toBe('un-peripheral')
  })

  it.each([
    ['en', 'There is no doubt that a new platform is needed.'],
    ['es', 'Sin duda se necesita una nueva plataforma.'],
    ['fr', 'Il faut sans doute une nouvelle plateforme.']
  ])('reads a pseudo-trigger (%s) as no negation', (language, sentence) => {
    const position = on(code(sentence, language), 'new-mechanism')
    expect(position.stance).toBe('new-body')
    expect(flags(position.evidence)).toMatchObject([{pole: 'new-body', negated: false}])
  })

  it.each([
    ['en', 'It is not only necessary to strengthen the existing institutions, it is urgent.'],
    ['es', 'No solo es necesario fortalecer las instituciones existentes, es urgente.'],
    [
      'fr',
      'Il n’est pas seulement nécessaire de renforcer les institutions existantes, c’est urgent.'
    ]
  ])(
    'reads a pseudo-trigger before a rejecting phrase (%s) as no negation',
    (language, sentence) => {
      expect(on(code(sentence, language), 'new-mechanism').stance).toBe('existing-institutions')
    }
  )

  it('still reads French ne … pas qu’un as a negation', () => {
    const position = on(
      code('Nous ne pensons pas qu’une nouvelle plateforme soit utile.', 'fr'),
      'new-mechanism'
    )
    expect(position.stance).toBe('existing-institutions')
  })

  it('reads French ne … que as a restriction, not a negation', () => {
    const position = on(
      code('La coopération renforcée ne doit se faire qu’au sein de l’ONU.', 'fr'),
      'un-role'
    )
    expect(position.stance).toBe('un-centred')
  })

  it.each([
    ['en', 'We do not want a new body but the existing institutions made stronger.'],
    ['es', 'No proponemos un nuevo órgano, sino las instituciones existentes reforzadas.'],
    ['fr', 'Nous ne voulons pas un nouvel organe, mais les institutions existantes renforcées.']
  ])('ends a negation at a scope terminator (%s)', (language, sentence) => {
    const position = on(code(sentence, language), 'new-mechanism')
    expect(position.stance).toBe('existing-institutions')
    const existing = position.evidence.find((item) => item.indicator?.startsWith('existing'))
    expect(existing).toMatchObject({negated: false, pole: 'existing-institutions'})
  })

  it.each([
    ['en', 'Our proposal is not about more coordination among the existing organisations.'],
    ['es', 'No se trata de coordinar mejor las organizaciones existentes.'],
    ['fr', 'Il ne s’agit pas de mieux coordonner les organisations existantes.']
  ])(
    'removes an indicator whose frame is negated (%s) instead of flipping it',
    (language, sentence) => {
      const position = on(code(sentence, language), 'new-mechanism')
      expect(position.stance).toBe('unstated')
      expect(flags(position.evidence)).toMatchObject([{pole: null, negated: true}])
    }
  )

  it.each([
    ['en', 'We do not believe that the world needs a single global body to oversee the Internet.'],
    ['es', 'No creemos que el mundo necesite una única organización que supervise Internet.'],
    ['fr', 'Nous ne pensons pas qu’il faille une seule organisation pour superviser l’Internet.']
  ])(
    'reads a negated stance verb far before the indicator as its negation (%s)',
    (language, sentence) => {
      const position = on(code(sentence, language), 'un-role')
      expect(position.stance).toBe('un-peripheral')
      expect(flags(position.evidence)).toMatchObject([{pole: 'un-peripheral', negated: true}])
    }
  )
})

describe('attribution as source, cue and content', () => {
  it.each([
    ['en', 'Several delegations argue that a new body is needed.'],
    ['es', 'Varias delegaciones sostienen que se necesita un nuevo órgano.'],
    ['fr', 'Plusieurs délégations estiment qu’il faut un nouvel organe.']
  ])('gives a view whose source is someone else (%s) no weight', (language, sentence) => {
    const position = on(code(sentence, language), 'new-mechanism')
    expect(position.stance).toBe('unstated')
    expect(flags(position.evidence)).toMatchObject([{pole: null, attributed: true}])
  })

  it.each([
    ['en', 'Several delegations argue that a new body is needed. We disagree.'],
    [
      'es',
      'Varias delegaciones sostienen que se necesita un nuevo órgano. No compartimos esa opinión.'
    ],
    [
      'fr',
      'Plusieurs délégations estiment qu’il faut un nouvel organe. Nous ne partageons pas cet avis.'
    ]
  ])('reads a rejection in the next sentence (%s) as the opposite pole', (language, text) => {
    const position = on(code(text, language), 'new-mechanism')
    expect(position.stance).toBe('existing-institutions')
    expect(position.evidence[0]).toMatchObject({
      attributed: true,
      pole: 'existing-institutions',
      weight: 0.5
    })
  })

  it.each([
    ['en', 'Several delegations argue that a new body is needed.\n\nWe disagree.'],
    [
      'es',
      'Varias delegaciones sostienen que se necesita un nuevo órgano.\n\nNo compartimos esa opinión.'
    ],
    [
      'fr',
      'Plusieurs délégations estiment qu’il faut un nouvel organe.\n\nNous ne partageons pas cet avis.'
    ]
  ])('reads a rejection only in the paragraph of the view it rejects (%s)', (language, text) => {
    expect(on(code(text, language), 'new-mechanism').stance).toBe('unstated')
  })

  it.each([
    ['en', 'Several delegations argue that a new body is needed. However, we believe otherwise.'],
    [
      'es',
      'Varias delegaciones sostienen que se necesita un nuevo órgano. Sin embargo, creemos lo contrario.'
    ],
    [
      'fr',
      'Plusieurs délégations estiment qu’il faut un nouvel organe. Cependant, nous pensons le contraire.'
    ]
  ])('reads a contrast with the submitter’s own view (%s) as a rejection', (language, text) => {
    expect(on(code(text, language), 'new-mechanism').stance).toBe('existing-institutions')
  })

  it.each([
    ['en', 'We argue that a new body is needed.'],
    ['en', 'Chile argues that a new body is needed.'],
    ['es', 'Nosotros sostenemos que se necesita un nuevo órgano.'],
    ['es', 'Chile sostiene que se necesita un nuevo órgano.'],
    ['fr', 'Nous estimons qu’il faut un nouvel organe.'],
    ['fr', 'Le Chili estime qu’il faut un nouvel organe.']
  ])('counts the submitter as its own source (%s: %s)', (language, sentence) => {
    const position = on(code(sentence, language), 'new-mechanism')
    expect(position.stance).toBe('new-body')
    expect(flags(position.evidence)).toMatchObject([{pole: 'new-body', attributed: false}])
  })

  it.each([
    ['en', 'The working party could consider a new platform.'],
    ['es', 'El grupo podría considerar una nueva plataforma.'],
    ['fr', 'Le groupe pourrait envisager une nouvelle plateforme.']
  ])(
    'reads a modal before the verb as the submitter’s suggestion, not a report (%s)',
    (language, sentence) => {
      const position = on(code(sentence, language), 'new-mechanism')
      expect(position.evidence[0]).toMatchObject({
        attributed: false,
        hedged: true,
        pole: 'new-body'
      })
    }
  )
})

// Codebook 1.3.0: rules from the error analysis of the first NETmundial gold set (development).
describe('views given to others without a reporting verb', () => {
  it.each([
    ['en', 'Some are of the view that a new intergovernmental council should be created.'],
    ['en', 'Many delegations hold the view that national sovereignty must come first.'],
    ['es', 'Algunos son de la opinión de que debería crearse un nuevo consejo intergubernamental.'],
    ['fr', 'Certains sont d’avis qu’il faudrait créer un nouveau conseil intergouvernemental.']
  ])('gives "are of the view" with another source (%s) no weight', (language, sentence) => {
    const positions = code(sentence, language)
    const coded = positions.flatMap((position) => position.evidence)
    expect(coded.length).toBeGreaterThan(0)
    expect(coded.every((item) => item.attributed && item.pole === null)).toBe(true)
    expect(positions.every((position) => position.stance === 'unstated')).toBe(true)
  })

  it('keeps "we are of the view" as the submitter’s own', () => {
    expect(
      on(
        code('We are of the view that a new intergovernmental council is needed.', 'en'),
        'new-mechanism'
      ).stance
    ).toBe('new-body')
  })
})

describe('an open question is no stance', () => {
  it.each([
    ['en', 'A later review should decide whether a new council would help.'],
    ['es', 'El grupo debería evaluar si hace falta crear un nuevo órgano.'],
    ['fr', 'Le groupe devrait examiner si un nouvel organe doit être créé.']
  ])('removes a body the text only asks about (%s)', (language, sentence) => {
    const position = on(code(sentence, language), 'new-mechanism')
    expect(position.stance).toBe('unstated')
    expect(position.evidence[0]).toMatchObject({negated: true, pole: null})
  })

  it('still reads "whether in Geneva or New York" as no question about the body', () => {
    expect(
      on(
        code('Whether in Geneva or in New York, a new council should be created.', 'en'),
        'new-mechanism'
      ).stance
    ).toBe('new-body')
  })
})

describe('the proposal stated impersonally', () => {
  it.each([
    ['en', 'In short, the proposal is to found a new council that meets each year.'],
    ['es', 'La propuesta es crear un nuevo consejo para las políticas públicas de Internet.'],
    [
      'fr',
      'La proposition est de créer un nouveau conseil pour les politiques publiques de l’Internet.'
    ]
  ])('counts "the proposal is to create" (%s) as a prescription', (language, sentence) => {
    expect(on(code(sentence, language), 'new-mechanism').stance).toBe('new-body')
  })
})

describe('nouns, not adjectives', () => {
  it.each([
    ['en', 'The registry operator ought to work within a new institutional arrangement.'],
    ['es', 'Es necesario un nuevo marco institucional para el registro.'],
    ['fr', 'Il faut un nouveau cadre institutionnel pour le registre.']
  ])('reads "a new institutional framework" (%s) as no new body', (language, sentence) => {
    expect(on(code(sentence, language), 'new-mechanism').stance).toBe('unstated')
  })

  it('reads a need for new forums as a new body', () => {
    expect(
      on(code('We would welcome new forums for these debates.', 'en'), 'new-mechanism').stance
    ).toBe('new-body')
  })
})

describe('existing institutions in more words', () => {
  it.each([
    'We want the existing national, regional and global bodies to grow stronger.',
    'Our priority is to use the processes already running.'
  ])('codes "%s" as existing institutions', (sentence) => {
    expect(on(code(sentence, 'en'), 'new-mechanism').stance).toBe('existing-institutions')
  })
})

describe('the IGF', () => {
  it.each([
    ['en', 'The IGF must evolve so that it delivers.'],
    ['en', 'The mandate of the IGF should be renewed.'],
    ['en', 'We support making the IGF permanent.'],
    ['en', 'The IGF should produce concrete recommendations.'],
    ['en', 'Stable funding for the IGF is essential.'],
    ['es', 'El FGI debe convertirse en un espacio con resultados.'],
    ['es', 'Apoyamos la renovación del mandato del FGI.'],
    ['es', 'El FGI debería formular recomendaciones concretas.'],
    ['es', 'Es esencial una financiación estable del FGI.'],
    ['fr', 'Le FGI doit devenir plus utile aux décideurs.'],
    ['fr', 'Nous soutenons le renouvellement du mandat du FGI.'],
    ['fr', 'Le FGI devrait formuler des recommandations concrètes.'],
    ['fr', 'Un financement stable du FGI est essentiel.']
  ])('codes "%s: %s" as through the IGF', (language, sentence) => {
    expect(on(code(sentence, language), 'igf-relation').stance).toBe('through-igf')
  })

  it('reads "different fora, the IGF among them" as no distinction from it', () => {
    expect(
      on(code('We have spoken at different fora, the IGF among them.', 'en'), 'igf-relation').stance
    ).toBe('unstated')
  })

  it('still reads "distinct from the IGF" as a distinction', () => {
    expect(
      on(code('Enhanced cooperation should remain distinct from the IGF.', 'en'), 'igf-relation')
        .stance
    ).toBe('distinct-from-igf')
  })
})

describe('the UN and intergovernmental organisations', () => {
  it.each([
    ['en', 'The new mechanism should be housed within the ITU.'],
    ['es', 'El nuevo mecanismo debería situarse en el seno de la UIT.'],
    ['fr', 'Le nouveau mécanisme devrait être placé au sein de l’UIT.'],
    ['en', 'The mechanism should sit within an intergovernmental organisation.'],
    ['es', 'El mecanismo debe situarse dentro de organismos intergubernamentales.'],
    ['fr', 'Le mécanisme doit trouver sa place dans les organisations intergouvernementales.']
  ])('codes "%s: %s" as UN-centred', (language, sentence) => {
    expect(on(code(sentence, language), 'un-role').stance).toBe('un-centred')
  })

  it.each([
    ['en', 'We oppose intergovernmental control of the Internet.'],
    ['es', 'Rechazamos el control intergubernamental de Internet.'],
    ['fr', 'Nous rejetons le contrôle intergouvernemental de l’Internet.']
  ])(
    'codes opposition to intergovernmental control (%s) as UN-peripheral',
    (language, sentence) => {
      expect(on(code(sentence, language), 'un-role').stance).toBe('un-peripheral')
    }
  )
})

describe('authority shared with governments', () => {
  it.each([
    ['en', 'Other stakeholders must take part on an equal footing with governments.'],
    ['es', 'Las demás partes deben participar en pie de igualdad con los gobiernos.'],
    ['fr', 'Les autres acteurs doivent participer sur un pied d’égalité avec les gouvernements.'],
    ['en', 'We want more voices at the table than governments alone.']
  ])('codes "%s: %s" as shared authority', (language, sentence) => {
    expect(on(code(sentence, language), 'state-authority').stance).toBe('shared-authority')
  })
})

describe('who makes policy', () => {
  it('does not read asking governments to adopt national policies as intergovernmental', () => {
    expect(
      on(code('We urge governments to adopt policies on local hosting.', 'en'), 'mechanism').stance
    ).toBe('unstated')
  })

  it.each([
    'Governments should decide on international public policy.',
    'Governments should make the decisions on Internet public policy.',
    'Governments must set international public policy for the Internet.'
  ])('still reads "%s" as intergovernmental', (sentence) => {
    expect(on(code(sentence, 'en'), 'mechanism').stance).toBe('intergovernmental')
  })

  it('reads participation of all interested parties as multistakeholder', () => {
    expect(
      on(
        code('We call for decisions taken with the participation of all parties concerned.', 'en'),
        'mechanism'
      ).stance
    ).toBe('multistakeholder')
  })
})

// Codebook 1.4.0: rules from the error analysis of test-2a (then development data).
describe('conditions are hedges', () => {
  it.each([
    ['en', 'A new council should be set up where necessary.'],
    ['es', 'Deberían crearse nuevos mecanismos si fuera necesario.'],
    ['fr', 'De nouveaux mécanismes devraient être créés si nécessaire.']
  ])('halves a call made on a condition (%s)', (language, sentence) => {
    const position = on(code(sentence, language), 'new-mechanism')
    expect(position.stance).toBe('new-body')
    expect(position.evidence[0]).toMatchObject({hedged: true, weight: 0.5})
  })
})

describe('evaluation in nouns', () => {
  it.each([
    ['en', 'The importance of a multistakeholder approach is clear to us.'],
    ['es', 'La importancia de un enfoque multisectorial es evidente.'],
    ['fr', 'L’importance d’une approche multipartite est évidente.'],
    ['en', 'Open multistakeholder processes have clear advantages for users.'],
    ['es', 'Los procesos multisectoriales tienen ventajas claras para los usuarios.'],
    ['fr', 'Les processus multipartites présentent des avantages nets.']
  ])('reads "%s: %s" as the submitter judging', (language, sentence) => {
    expect(on(code(sentence, language), 'mechanism').stance).toBe('multistakeholder')
  })

  it('still reads a bare mention of the model as description', () => {
    expect(
      on(code('The report describes a multistakeholder model.', 'en'), 'mechanism').stance
    ).toBe('unstated')
  })
})

describe('more ways to name a new body and to reject one', () => {
  it.each([
    ['en', 'We see no call for another oversight agency.'],
    ['en', 'There is no need for new venues of oversight.'],
    ['en', 'Instead of creating fresh rule-making or review mechanisms, we favour reform.'],
    ['es', 'No son necesarios foros adicionales.'],
    ['fr', 'Aucune enceinte supplémentaire n’est nécessaire.']
  ])('codes "%s: %s" as existing institutions', (language, sentence) => {
    expect(on(code(sentence, language), 'new-mechanism').stance).toBe('existing-institutions')
  })

  it.each([
    ['en', 'We should rely on well-established mechanisms of cooperation.'],
    ['es', 'Debemos apoyarnos en los mecanismos consolidados de cooperación.'],
    ['fr', 'Nous devons nous appuyer sur des mécanismes bien établis.']
  ])('codes well-established frameworks (%s) as existing institutions', (language, sentence) => {
    expect(on(code(sentence, language), 'new-mechanism').stance).toBe('existing-institutions')
  })
})

describe('stakeholders included, and authority', () => {
  it.each([
    ['en', 'All relevant stakeholders must be consulted on each decision.'],
    ['es', 'Todas las partes interesadas deben estar representadas en cada decisión.'],
    ['fr', 'Toutes les parties prenantes doivent être représentées dans chaque décision.']
  ])('codes "all stakeholders included" (%s) as multistakeholder', (language, sentence) => {
    expect(on(code(sentence, language), 'mechanism').stance).toBe('multistakeholder')
  })

  it.each([
    ['en', 'No state should hold a veto right over these choices.'],
    ['es', 'Ningún Estado debe tener derecho de veto.'],
    ['fr', 'Aucun État ne doit disposer d’un droit de veto.'],
    ['en', 'States take part as equals of the other actors.'],
    ['es', 'Los Estados intervienen como iguales de los demás actores.'],
    ['fr', 'Les États siègent en égaux des autres acteurs.'],
    ['en', 'These rules cannot be written by governments alone.'],
    ['es', 'Estas reglas no solo interesan a los gobiernos.'],
    ['fr', 'Les États seuls ne sauraient écrire ces règles.']
  ])('codes "%s: %s" as shared authority', (language, sentence) => {
    expect(on(code(sentence, language), 'state-authority').stance).toBe('shared-authority')
  })

  it.each([
    ['en', 'We recognise the policy authority of national governments.'],
    ['es', 'Reconocemos la autoridad normativa de cada Estado.'],
    ['fr', 'Nous reconnaissons l’autorité politique de chaque État.']
  ])('codes the policy authority of the State (%s) as sovereign', (language, sentence) => {
    expect(on(code(sentence, language), 'state-authority').stance).toBe('sovereign-states')
  })
})

describe('the IGF, read with a frame', () => {
  it('does not read sessions held within the IGF as a stance on it', () => {
    expect(
      on(code('Last year our members ran two sessions within the IGF.', 'en'), 'igf-relation')
        .stance
    ).toBe('unstated')
  })

  it.each([
    ['en', 'Enhanced cooperation should be pursued through the IGF.'],
    ['es', 'La cooperación reforzada debe avanzar a través del FGI.'],
    ['fr', 'La coopération renforcée doit se poursuivre par le biais du FGI.'],
    ['en', 'We want an outcome-oriented IGF.'],
    ['es', 'El FGI debe estar orientado a resultados.'],
    ['fr', 'Le FGI doit être davantage orienté vers les résultats.']
  ])('still reads "%s: %s" as through the IGF', (language, sentence) => {
    expect(on(code(sentence, language), 'igf-relation').stance).toBe('through-igf')
  })
})
