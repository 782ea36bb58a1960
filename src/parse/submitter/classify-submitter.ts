import type {StakeholderGroup} from '../../schema/stakeholder-group.js'
import {normalize} from '../../text/normalize.js'

type Group = Exclude<StakeholderGroup, 'unknown'>

/** Words in a name that tell its group, checked in this order (the first family that matches wins). */
const nameRules: Array<[Group, RegExp]> = [
  [
    'intergovernmental-organization',
    /\b(?:intergovernmental|intergubernamental|intergouvernementale?|united nations|naciones unidas|nations unies|unesco|unctad|undp|unicef|wipo|ompi|oecd|ocde|european commission|comision europea|commission europeenne|telecommunication union|african union|union africaine|union africana|council of europe|conseil de l europe|^(?:the )?(?:organi[sz]ation|organizacion) (?:for|of|de|pour) (?:economic|regional|the)|secretariat|secretaria|secretariat general)\b/
  ],
  [
    'technical-community',
    /\b(?:network information cent(?:re|er)|nic|registry|registries|registro|registre|registrar|internet engineering|internet society|internet exchange|ixp|network operators|domain names?|nombres de dominio|noms de domaine|root server|centre d information reseau|centro de informacion de red)\b/
  ],
  [
    'academia',
    /\b(?:university|universidad|universite|universidade|universitat|college|institute of technology|school of|escuela de|ecole|faculty|facultad|faculte|academy|academia|academie|professor|profesor|professeur|prof)\b/
  ],
  [
    'private-sector',
    /\b(?:ltd|limited|inc|llc|plc|corp|corporation|company|companies|gmbh|s ?a|s ?l|sas|sarl|bv|nv|ag|chamber|chambers|camara|chambre|business|industry|industries|industria|industrie|telecom|telecoms|telecomunicaciones|technologies|empresa|empresas|entreprise|entreprises)\b/
  ],
  [
    'civil-society',
    /\b(?:foundation|fundacion|fondation|association|asociacion|coalition|coalicion|forum|foro|alliance|alianza|campaign|campana|ngo|ong|rights|derechos|droits|collective|colectivo|collectif|movement|movimiento|mouvement|observatory|observatorio|observatoire|watch|commons|justice|justicia|network|red|reseau|initiative|iniciativa|society|sociedad|societe|centre for|center for|centro para|council|trust)\b/
  ]
]

/**
 * How documents describe their own submitter's group: a description after `we are`, `as`, `is`
 * and the like (`we are a non-profit association`, `as a civil society organisation`, `somos una
 * asociación`), so that a document that only discusses civil society is not taken for it; a
 * personal capacity counts wherever it is said.
 */
const selfReference =
  '\\b(?:we are|we re|as|is|are|being|somos|como|es|nous sommes|en tant que|est)\\s+(?:(?:a|an|the|one|un|una|une|el|la|le|l)\\s+)?(?:[a-z]+\\s+){0,4}'
const statementRules: Array<[Group, RegExp]> = [
  [
    'individual',
    /\b(?:in (?:a|my) personal capacity|a titulo personal|a titre personnel|as an individual|individual submission)\b/g
  ],
  [
    'civil-society',
    new RegExp(
      `${selfReference}(?:civil society|but non lucratif|sin animo de lucro|association|asociacion|sociedad civil|societe civile|non profit|nonprofit|not for profit|sin fines de lucro|sans but lucratif|ngo|ong|non governmental organi[sz]ation|organisation non gouvernementale|organizacion no gubernamental)\\b`,
      'g'
    )
  ],
  [
    'private-sector',
    /\b(?:private sector|sector privado|secteur prive|business community|our company|nuestra empresa|notre entreprise|trade association|industry association|our member companies)\b/g
  ],
  [
    'technical-community',
    new RegExp(
      `${selfReference}(?:technical community|comunidad tecnica|communaute technique)\\b`,
      'g'
    )
  ],
  [
    'academia',
    new RegExp(
      `${selfReference}(?:academic community|academia|comunidad academica|communaute universitaire|research centre|research center|centro de investigacion|centre de recherche)\\b`,
      'g'
    )
  ],
  [
    'intergovernmental-organization',
    /\b(?:intergovernmental organi[sz]ation|organizacion intergubernamental|organisation intergouvernementale)\b/g
  ]
]

/** A name that is a person's description of themselves: `Independent Researcher`, `… in their personal capacity`. */
const personalCapacity =
  /\b(?:independent (?:researcher|consultant|expert|coordinator)|in (?:a|my|his|her|their) personal capacit(?:y|ies)|a titulo personal|a titre personnel)\b/
const personTitle =
  /^(?:dr|dra|prof|professor|mr|mrs|ms|mx|sr|sra|srta|m|mme|mlle|h e|ambassador|embajador|ambassadeur)\b/

/**
 * Tell a submitter's stakeholder group from its name (`… Ltd`, `Universidad …`, `Fundación …`), or
 * a person's title (`Dr …`).
 *
 * @param name
 *   The submitter's name as written.
 * @returns
 *   The group, or `undefined` when the name does not tell.
 * @example
 *   groupFromName('Northbridge Telecom Ltd') // => 'private-sector'
 */
export function groupFromName(name: string): Group | undefined {
  const folded = normalize(name)
  for (const [group, pattern] of nameRules) if (pattern.test(folded)) return group
  if (personTitle.test(folded) || personalCapacity.test(folded)) return 'individual'
  return undefined
}

/** Words that civil-society groups and trade associations alike put in their names. */
const sharedNameWord =
  /\b(?:association|asociacion|alliance|alianza|coalition|coalicion|federation|federacion|council|consejo|conseil|forum|foro)\b/
/** How a document says that its submitter is a trade association. */
const tradeAssociation = new RegExp(
  `${selfReference}(?:(?:trade|industry|business|employers) (?:association|federation)|asociacion (?:empresarial|gremial)|association professionnelle|federation professionnelle)\\b`
)

/**
 * Whether a submitter whose name could be a civil-society group's (`… Alliance`, `… Association`)
 * says of itself that it is a trade association (`The X Alliance is a trade association of …`):
 * then it is of the private sector.
 *
 * @param name
 *   The submitter's name as written.
 * @param statements
 *   The header and preamble text.
 * @returns
 *   Whether it is a trade association.
 * @example
 *   isTradeAssociation('Lakeshore Alliance', 'The Lakeshore Alliance is a trade association.') // => true
 */
export function isTradeAssociation(name: string, statements: string): boolean {
  return (
    sharedNameWord.test(normalize(name)) &&
    tradeAssociation.test(normalize(statements.slice(0, 2000)))
  )
}

/**
 * Tell a stakeholder group from what a document says of its submitter (`in a personal capacity`,
 * `une association de la société civile`): the family named most often wins.
 *
 * @param text
 *   The header and preamble text.
 * @returns
 *   The group, or `undefined`.
 */
export function groupFromStatements(text: string): Group | undefined {
  const folded = normalize(text.slice(0, 20_000))
  let best: Group | undefined
  let bestCount = 0
  for (const [group, pattern] of statementRules) {
    const count = folded.match(pattern)?.length ?? 0
    if (count > bestCount || (group === 'individual' && count > 0)) {
      best = group
      bestCount = group === 'individual' ? Number.POSITIVE_INFINITY : count
    }
  }

  return best
}

/**
 * Read a stakeholder category as a form answers it (`Government`, `Non-government: Private
 * sector`, `Civil society`, `Sociedad civil`, `Communauté technique`).
 *
 * @param text
 *   The answer.
 * @returns
 *   The group, or `undefined`.
 */
export function groupFromCategory(text: string): Group | undefined {
  const folded = normalize(text)
  const rest = folded.replace(
    /\b(?:non government(?:al)?|no gubernamental|non gouvernemental[e]?)\b/g,
    ' '
  )
  if (/\b(?:intergovernmental|intergubernamental|intergouvernementale?)\b/.test(rest)) {
    return 'intergovernmental-organization'
  }

  if (/\b(?:private sector|business|sector privado|secteur prive)\b/.test(rest))
    return 'private-sector'
  if (/\b(?:civil society|sociedad civil|societe civile)\b/.test(rest)) return 'civil-society'
  if (/\b(?:technical|tecnica|technique)\b/.test(rest)) return 'technical-community'
  if (/\b(?:academic|academia|academique|universit\w*)\b/.test(rest)) return 'academia'
  if (/\b(?:individual|personal capacity|a titulo personal|a titre personnel)\b/.test(rest))
    return 'individual'
  if (rest === folded && /\b(?:government|gobierno|gouvernement)\b/.test(folded))
    return 'government'
  return undefined
}
