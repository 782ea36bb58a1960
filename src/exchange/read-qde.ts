import type {VFileMessage} from 'vfile-message'
import type {Element, ElementContent, Root} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {capMessages, defaultMaxMessagesPerRule} from '../messages/cap-messages.js'
import {createMessage} from '../messages/create-message.js'
import type {Codebook} from '../schema/codebook.js'
import type {Coding} from '../schema/coding.js'
import type {Evidence} from '../schema/position.js'
import {checkSelection} from './check-selection.js'
import {countCodePoints} from './count-code-points.js'
import {findRepeatedGuids} from './find-repeated-guids.js'

/** Configuration for `readQde`. */
export interface ReadQdeOptions {
  /** The codebook whose dimensions and stances the project's codes are named after. */
  readonly codebook: Codebook
  /**
   * How a contribution's coded selections of one dimension weigh into its stance (the rule
   * coder's `weighEvidence`, as `readCodings` passes it), for a case given no stance code.
   */
  readonly weigh: (
    evidence: readonly Evidence[],
    poles: readonly [string, string]
  ) => {readonly stance: string}
  /**
   * The length, in Unicode code points, of the plain text a source's `plainTextPath` names
   * (`internal://<guid>.txt`), when it is known: `readQdpx` gives it from the archive's
   * `Sources/`. Selections are checked against it (a source with `PlainTextContent` is checked
   * against that).
   *
   * @default undefined (positions are checked to be integers, the start before the end)
   */
  readonly sourceLength?: ((path: string) => number | undefined) | undefined
  /**
   * Most messages of one rule kept: the rest of that rule (250,000 duplicate code references)
   * are counted in one `more-messages` warning.
   *
   * @default 100
   */
  readonly maxMessagesPerRule?: number | undefined
}

/** What `readQde` returns. */
export interface ReadQdeResult {
  readonly codings: Coding[]
  readonly messages: VFileMessage[]
}

interface Target {
  readonly dimension: string
  /** The stance, or `undefined` for the dimension's own code. */
  readonly stance: string | undefined
}

/**
 * Read the codings of a REFI-QDA project (`project.qde`, QDA-XML 1.0), as `toQde` writes it or as
 * NVivo, ATLAS.ti, MAXQDA or QualCoder export it after a person coded or recoded it.
 *
 * Codes are matched by name: a top-level code named after a dimension of the codebook, and its
 * child codes named after the dimension's poles, `mixed` and `unstated`; other codes are ignored.
 * A source belongs to the contribution named by the case that refers to it, else by its own name.
 * For each contribution and dimension the stance is, in this order:
 *
 * 1. the stance code given to the contribution's case (a reviewed stance);
 * 2. else the stance weighed, by `options.weigh` (the rule coder's `weighEvidence`), from the selections of its
 *    sources coded with a pole or `mixed` of the dimension, each counting the weight its
 *    description gives (`weight 0.5`, as `toQde` writes it), or 1 when it gives none (a selection
 *    a person added), so that an unchanged export reads back as the coder's stances;
 * 3. `unstated` when the contribution has codes of other dimensions only.
 *
 * A contribution with no code of the codebook gives no codings. The coder of every coding is the
 * name of the project's modifying user, else of its creating user, else `qda`. Invalid XML, or
 * XML that is no QDA-XML project, gives no codings and an `invalid-codings` message; a case coded
 * with two stances of one dimension gives a `duplicate-coding` warning, and the first is kept.
 * An element whose `guid` an element before it has, and a selection whose `startPosition` or
 * `endPosition` is no integer from 0 to the length of its source's text (when known: its
 * `PlainTextContent`, or `options.sourceLength`) with the start before the end, are skipped with
 * an `invalid-coding` warning at their place, so that they change no stance. At most
 * `options.maxMessagesPerRule` messages of one rule are kept (`more-messages` counts the rest).
 *
 * @param text
 *   The XML of `project.qde`.
 * @param options
 *   The codebook and the rule that weighs selections.
 * @returns
 *   The codings, by contribution id then codebook dimension, and the messages.
 * @example
 *   readQde(toQde(coded, {codebook}).qde, {codebook, weigh: weighEvidence}).codings[0]?.dimension // => 'mechanism'
 */
export function readQde(text: string, options: ReadQdeOptions): ReadQdeResult {
  const {codebook, weigh} = options ?? {}
  if (typeof codebook !== 'object' || codebook === null || !Array.isArray(codebook.dimensions)) {
    throw new TypeError(
      'Cannot read codings without a codebook for `options.codebook`, expected the codebook the codes are named after'
    )
  }
  if (typeof weigh !== 'function') {
    throw new TypeError(
      'Cannot read codings without `options.weigh`, expected the rule that weighs selections (`weighEvidence`)'
    )
  }
  const messages: VFileMessage[] = []
  let tree: Root
  try {
    tree = fromXml(text)
  } catch (error) {
    const place = (error as {place?: {line: number; column: number; offset?: number}}).place
    const reason = error instanceof Error ? error.message : String(error)
    messages.push(
      createMessage(
        'invalid-codings',
        {cause: `invalid XML (${reason})`},
        place && 'line' in place
          ? {
              start: {...place, offset: place.offset ?? 0},
              end: {...place, offset: place.offset ?? 0}
            }
          : undefined
      )
    )
    return {codings: [], messages}
  }

  const root = tree.children.find(
    (node): node is Element => node.type === 'element' && localName(node) === 'Project'
  )
  if (!root) {
    messages.push(createMessage('invalid-codings', {cause: 'no `Project` element'}))
    return {codings: [], messages}
  }
  const project = without(root, findRepeatedGuids(root, messages))

  const users = new Map(
    elements(project, 'User').map((user) => [user.attributes.guid ?? '', user.attributes.name])
  )
  const coder =
    users.get(project.attributes.modifyingUserGUID ?? '') ??
    users.get(project.attributes.creatingUserGUID ?? '') ??
    'qda'
  const targets = codeTargets(project, codebook)

  // Which contribution each source belongs to: the case that refers to it, else its own name.
  const owner = new Map<string, string>()
  const caseStances = new Map<string, Map<string, string>>()
  const order = new Set<string>()
  const seen = (id: string) => {
    order.add(id)
  }
  for (const source of elements(project, 'TextSource')) {
    owner.set(source.attributes.guid ?? '', (source.attributes.name ?? '').trim())
  }
  for (const entry of elements(project, 'Case')) {
    const name = (entry.attributes.name ?? '').trim()
    for (const reference of children(entry, 'SourceRef')) {
      owner.set(reference.attributes.targetGUID ?? '', name)
    }
    for (const reference of children(entry, 'CodeRef')) {
      const target = targets.get(reference.attributes.targetGUID ?? '')
      if (!target?.stance) continue
      const stances = caseStances.get(name) ?? new Map<string, string>()
      if (stances.has(target.dimension)) {
        messages.push(
          createMessage('duplicate-coding', {contributionId: name, dimension: target.dimension})
        )
        continue
      }
      stances.set(target.dimension, target.stance)
      caseStances.set(name, stances)
      seen(name)
    }
  }

  const evidence = new Map<string, Map<string, Evidence[]>>()
  for (const source of elements(project, 'TextSource')) {
    const id = owner.get(source.attributes.guid ?? '') ?? ''
    const length = lengthOf(source, options.sourceLength)
    for (const selection of children(source, 'PlainTextSelection')) {
      const at = checkSelection(selection, length, messages)
      if (!at) continue
      const {start} = at
      const weight = weightOf(selection)
      for (const coding of children(selection, 'Coding')) {
        const reference = children(coding, 'CodeRef')[0]
        const target = targets.get(reference?.attributes.targetGUID ?? '')
        if (!target) continue
        seen(id)
        if (!target.stance || target.stance === 'unstated') continue
        const byDimension = evidence.get(id) ?? new Map<string, Evidence[]>()
        const list = byDimension.get(target.dimension) ?? []
        list.push(toEvidence(start, target.stance, weight))
        byDimension.set(target.dimension, list)
        evidence.set(id, byDimension)
      }
    }
  }

  const codings: Coding[] = []
  for (const id of [...order].sort()) {
    if (id === '') continue
    for (const dimension of codebook.dimensions) {
      const poles = [dimension.poles[0].id, dimension.poles[1].id] as const
      const stance =
        caseStances.get(id)?.get(dimension.id) ??
        weigh(evidence.get(id)?.get(dimension.id) ?? [], poles).stance
      codings.push({contributionId: id, dimension: dimension.id, stance, coder})
    }
  }

  // Every message of the project, whatever its rule, is capped (a case may refer to one code
  // 250,000 times).
  const limit = options.maxMessagesPerRule ?? defaultMaxMessagesPerRule
  return {codings, messages: capMessages(messages, limit)}
}

/** The element without the elements given, at any depth. */
function without(node: Element, skipped: ReadonlySet<Element>): Element {
  if (skipped.size === 0) return node
  return {
    ...node,
    children: node.children.flatMap((child): ElementContent[] =>
      child.type !== 'element' ? [child] : skipped.has(child) ? [] : [without(child, skipped)]
    )
  }
}

/** The length of a source's text in code points: its `PlainTextContent`, else as given, if known. */
function lengthOf(
  source: Element,
  sourceLength: ((path: string) => number | undefined) | undefined
): number | undefined {
  const content = children(source, 'PlainTextContent')[0]
  if (content) return countCodePoints(textOf(content))
  const path = source.attributes.plainTextPath
  return typeof path === 'string' && typeof sourceLength === 'function'
    ? sourceLength(path)
    : undefined
}

/** The codes of the codebook's dimensions and stances, by GUID. */
function codeTargets(project: Element, codebook: Codebook): Map<string, Target> {
  const targets = new Map<string, Target>()
  const book = elements(project, 'CodeBook')[0]
  const codes = book ? children(children(book, 'Codes')[0] ?? book, 'Code') : []
  for (const code of codes) {
    const dimension = codebook.dimensions.find(
      (each) => each.id === (code.attributes.name ?? '').trim()
    )
    if (!dimension) continue
    targets.set(code.attributes.guid ?? '', {dimension: dimension.id, stance: undefined})
    const stances = [dimension.poles[0].id, dimension.poles[1].id, 'mixed', 'unstated']
    for (const child of children(code, 'Code')) {
      const stance = stances.find((each) => each === (child.attributes.name ?? '').trim())
      if (stance) targets.set(child.attributes.guid ?? '', {dimension: dimension.id, stance})
    }
  }
  return targets
}

function weightOf(selection: Element): number {
  const description = children(selection, 'Description')[0]
  const text = description ? textOf(description) : ''
  const weight = Number(/\bweight (\d+(?:\.\d+)?)/.exec(text)?.[1] ?? Number.NaN)
  return weight > 0 && weight <= 1 ? weight : 1
}

function toEvidence(start: number, pole: string, weight: number): Evidence {
  const point = {line: 1, column: start + 1, offset: start}
  return {
    quote: '',
    place: {start: point, end: point},
    questionId: null,
    indicator: 'qda',
    pole,
    weight,
    negated: false,
    hedged: false,
    attributed: false
  }
}

/** Every descendant element with this local name, in document order. */
function elements(root: Element, name: string): Element[] {
  const found: Element[] = []
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (localName(child) === name) found.push(child)
      walk(child)
    }
  }
  walk(root)
  return found
}

function children(node: Element, name: string): Element[] {
  return node.children.filter(
    (child): child is Element => child.type === 'element' && localName(child) === name
  )
}

function localName(node: Element): string {
  return node.name.slice(node.name.indexOf(':') + 1)
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}
