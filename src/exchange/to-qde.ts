import type {VFileMessage} from 'vfile-message'
import type {Element, Root} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {checkCodedWith} from '../provenance/check-coded-with.js'
import {createProvenance} from '../provenance/create-provenance.js'
import type {Codebook} from '../schema/codebook.js'
import type {CodedContribution} from '../schema/coded-contribution.js'
import type {Coding} from '../schema/coding.js'
import type {Evidence} from '../schema/position.js'
import {createCodePointCounter} from './count-code-points.js'
import {createGuid} from './create-guid.js'
import {replaceXmlCharacters} from './replace-xml-characters.js'
import {toPlainText} from './to-plain-text.js'
import {flags, qdaCodeGuid, qdaFlagGuid, toQdaCodes} from './to-qda-codes.js'

/** Configuration for `toQde` and `toQdpx`. */
export interface ToQdeOptions {
  /**
   * The codebook the positions were coded with: one code per dimension, with its stances.
   */
  readonly codebook: Codebook
  /**
   * Reviewed codings (`readCodings`): each becomes a code of the contribution's case, which
   * `readCodings` reads back before the coded selections.
   *
   * @default []
   */
  readonly codings?: readonly Coding[] | undefined
  /**
   * Name of the project.
   *
   * @default 'wgec'
   */
  readonly name?: string | undefined
  /**
   * Id of the coder, the user who made the coded selections.
   *
   * @default 'rules'
   */
  readonly coder?: string | undefined
  /**
   * Creation date of every object, and of the zip entries, so that the same input gives the same
   * file (an ISO 8601 date-time in UTC).
   *
   * @default '1980-01-01T00:00:00Z'
   */
  readonly date?: string | undefined
}

/** A REFI-QDA project: the `project.qde` XML and the plain texts of its sources. */
export interface QdeProject {
  /** The text of `project.qde`. */
  readonly qde: string
  /** Each source's plain text, by its path in the `.qdpx` (`Sources/<guid>.txt`). */
  readonly sources: ReadonlyArray<{readonly path: string; readonly text: string}>
  /**
   * `invalid-xml-characters` warnings: characters XML 1.0 cannot carry, replaced with U+FFFD in
   * the XML; one per contribution that held any (its `file` is the contribution's path, else its
   * id), and one for the rest of the project.
   */
  readonly messages: VFileMessage[]
}

const namespace = 'urn:QDA-XML:project:1.0'

/**
 * Write a REFI-QDA project (QDA-XML 1.0, as NVivo, ATLAS.ti, MAXQDA and QualCoder exchange):
 *
 * - the codebook as codes: one code per dimension (its id as name, its label as description),
 *   with a code per pole, `mixed` and `unstated`; a code `wgec flags` with `negated`, `hedged` and
 *   `attributed`;
 * - one text source per contribution, named by its id, whose plain text is the text as `wgec`
 *   read it (`toPlainText`), kept in `Sources/<guid>.txt`;
 * - each evidence item as a `PlainTextSelection` whose `startPosition` and `endPosition` count
 *   Unicode characters (code points) from the start of that text, the end exclusive, coded with
 *   the pole it supports (the dimension's code when it supports none) and its flags; its
 *   name and description give the indicator (the pole, for a coder that gives none) and the
 *   description the weight, which `readCodings` reads back;
 * - one case per contribution, with the variables `group`, `country`, `regional group`,
 *   `consultation` and `language`, and, for each reviewed coding, a code reference to the
 *   reviewed stance;
 * - a user for the coder and one per reviewer, and `options.date` as every date.
 *
 * GUIDs are derived from the content (`createGuid`), so the same input gives the same project.
 * Contributions are written in order of id, then SHA-256. Characters XML 1.0 cannot carry (C0
 * controls but tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) are replaced
 * with U+FFFD in the XML, with an `invalid-xml-characters` warning, so that the project is
 * well-formed; the plain texts are not changed.
 *
 * @param coded
 *   Contributions as parsed (not slimmed: the plain text is built from their blocks) with their
 *   positions.
 * @param options
 *   The codebook the positions were coded with, and more (optional).
 * @returns
 *   The project XML, the sources' plain texts and the messages.
 * @throws {TypeError}
 *   When `coded` is not an array or `options.date` is not an ISO 8601 date-time.
 * @example
 *   toQde(coded, {codebook}).qde.startsWith('<?xml version="1.0" encoding="utf-8"?>') // => true
 */
export function toQde(coded: readonly CodedContribution[], options: ToQdeOptions): QdeProject {
  if (!Array.isArray(coded as unknown)) {
    throw new TypeError(
      `Cannot export \`${typeof coded}\` for \`coded\`, expected an array of coded contributions`
    )
  }
  const date = options?.date ?? '1980-01-01T00:00:00Z'
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(date)) {
    throw new TypeError(
      `Cannot date \`${String(date)}\` for \`options.date\`, expected an ISO 8601 date-time in UTC`
    )
  }
  const codebook = options?.codebook
  if (typeof codebook !== 'object' || codebook === null || !Array.isArray(codebook.dimensions)) {
    throw new TypeError(
      'Cannot export without a codebook for `options.codebook`, expected the codebook the positions were coded with'
    )
  }
  checkCodedWith(coded, codebook, 'export')
  const coder = options?.coder ?? 'rules'
  const codings = options?.codings ?? []
  const coderGuid = createGuid(['user', coder])
  const reviewers = [...new Set(codings.map((coding) => coding.coder ?? 'reviewer'))].sort()
  const stamp = (user: string) => ({creatingUser: user, creationDateTime: date})

  const codeGuid = (dimension: string, stance?: string) => qdaCodeGuid(codebook, dimension, stance)
  const flagGuid = (flag: string) => qdaFlagGuid(codebook, flag)
  const variables = ['group', 'country', 'regional group', 'consultation', 'language'] as const
  const variableGuid = (name: string) => createGuid(['variable', name])

  const ordered = [...coded].sort(
    (a, b) =>
      compare(a.contribution.id, b.contribution.id) ||
      compare(a.contribution.source.sha256, b.contribution.source.sha256)
  )
  const reviewedBy = new Map(
    codings.map((coding) => [JSON.stringify([coding.contributionId, coding.dimension]), coding])
  )
  const sources: Array<{path: string; text: string}> = []
  const messages: VFileMessage[] = []
  const textSources: Element[] = []
  const cases: Element[] = []
  for (const {contribution, positions} of ordered) {
    const sourceGuid = createGuid(['source', contribution.source.sha256, contribution.id])
    const plain = toPlainText(contribution)
    const toCodePoints = createCodePointCounter(plain.text)
    const path = `${sourceGuid}.txt`
    sources.push({path: `Sources/${path}`, text: plain.text})
    const selections = positions.flatMap((position) =>
      position.evidence.flatMap((evidence, index) => {
        const at = plain.sentences.get(evidence.place.start.offset)
        if (!at) return []
        const guid = createGuid(['selection', sourceGuid, position.dimension, String(index)])
        const codes = [
          evidence.pole === null
            ? codeGuid(position.dimension)
            : codeGuid(position.dimension, evidence.pole),
          ...flags.filter((flag) => evidence[flag]).map(flagGuid)
        ]
        return [
          x(
            'PlainTextSelection',
            {
              guid,
              name: `${position.dimension}: ${evidence.indicator ?? evidence.pole ?? 'nothing'}`,
              startPosition: String(toCodePoints(at.start)),
              endPosition: String(toCodePoints(at.end)),
              ...stamp(coderGuid)
            },
            [
              x('Description', describeEvidence(evidence)),
              ...codes.map((code) =>
                x('Coding', {guid: createGuid(['coding', guid, code]), ...stamp(coderGuid)}, [
                  x('CodeRef', {targetGUID: code})
                ])
              )
            ]
          )
        ]
      })
    )
    const textSource = x(
      'TextSource',
      {
        guid: sourceGuid,
        name: contribution.id,
        plainTextPath: `internal://${path}`,
        ...stamp(coderGuid)
      },
      [
        x(
          'Description',
          `${contribution.source.path ?? contribution.id} (sha256 ${contribution.source.sha256})`
        ),
        ...selections
      ]
    )

    const values: Record<(typeof variables)[number], string | undefined> = {
      group: contribution.submitter.group,
      country: contribution.submitter.country ?? undefined,
      'regional group': contribution.submitter.regionalGroup ?? undefined,
      consultation: contribution.consultation?.id,
      language: contribution.language
    }
    const reviewed = codebook.dimensions.flatMap((dimension) => {
      const coding = reviewedBy.get(JSON.stringify([contribution.id, dimension.id]))
      return coding ? [x('CodeRef', {targetGUID: codeGuid(dimension.id, coding.stance)})] : []
    })
    const entry = x('Case', {guid: createGuid(['case', sourceGuid]), name: contribution.id}, [
      x('Description', contribution.submitter.name ?? contribution.id),
      ...reviewed,
      ...variables.flatMap((name) =>
        values[name] === undefined
          ? []
          : [
              x('VariableValue', [
                x('VariableRef', {targetGUID: variableGuid(name)}),
                x('TextValue', values[name])
              ])
            ]
      ),
      x('SourceRef', {targetGUID: sourceGuid})
    ])
    const [source, caseEntry] = replaceXmlCharacters(
      [textSource, entry],
      messages,
      contribution.source.path ?? contribution.id
    )
    textSources.push(source as Element)
    cases.push(caseEntry as Element)
  }

  const codes = toQdaCodes(codebook)

  const users = [
    x('User', {guid: coderGuid, name: coder, id: coder}),
    ...reviewers
      .filter((name) => name !== coder)
      .map((name) => x('User', {guid: createGuid(['user', name]), name, id: name}))
  ]
  const [project] = replaceXmlCharacters(
    [
      x(
        'Project',
        {
          xmlns: namespace,
          name: options?.name ?? 'wgec',
          origin: 'wgec',
          creatingUserGUID: coderGuid,
          creationDateTime: date
        },
        [
          x('Users', users),
          x('CodeBook', [x('Codes', codes)]),
          x(
            'Variables',
            variables.map((name) =>
              x('Variable', {guid: variableGuid(name), name, typeOfVariable: 'Text'})
            )
          ),
          ...(cases.length === 0 ? [] : [x('Cases', cases)]),
          ...(textSources.length === 0 ? [] : [x('Sources', textSources)]),
          x('Description', describeProject(coded, codebook, coder, codings))
        ]
      )
    ],
    messages
  )
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'},
      project as Element
    ]
  }
  return {qde: `${toXml(tree, {closeEmptyElements: true})}\n`, sources, messages}
}

/** How the project was made, in one line: as `describeProvenance` says it of a comparison. */
function describeProject(
  coded: readonly CodedContribution[],
  codebook: Codebook,
  coder: string,
  codings: readonly Coding[]
): string {
  const provenance = createProvenance(coded, {coder, codebook, seed: 0, samples: 0, codings})
  const review = provenance.codings
    ? `, ${provenance.codings.count} reviewed codings (sha256 ${provenance.codings.sha256})`
    : ''
  return (
    `Made with wgec ${provenance.wgec}: coder ${coder}, codebook ${codebook.id} ${codebook.version} ` +
    `(sha256 ${provenance.codebook.sha256}), ${provenance.inputs.length} inputs (sha256 of their ` +
    `sha256s ${provenance.inputsSha256})${review}.`
  )
}

/**
 * The description of a selection: the indicator (when the coder gives one) and the weight, which
 * the import reads.
 */
function describeEvidence(evidence: Evidence): string {
  return `${evidence.indicator === undefined ? '' : `indicator ${evidence.indicator}; `}weight ${evidence.weight}`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
