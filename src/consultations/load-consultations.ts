import type {VFileMessage} from 'vfile-message'
import {z} from 'zod'
import {createMessage} from '../messages/create-message.js'
import {describeIssue, describeUnknownKey} from '../messages/describe-issue.js'
import {ConsultationProfile} from '../schema/consultation-profile.js'
import {formatJsonPath, readJsonText} from '../text/read-json-text.js'

/** The result of `loadConsultations`. */
export interface LoadConsultationsResult {
  /** The profiles, when every one is valid. */
  consultations: ConsultationProfile[] | undefined
  /** Why they are not: one fatal message per problem, each naming the path in the JSON. */
  messages: VFileMessage[]
}

const Profiles = z.array(ConsultationProfile).min(1)

/**
 * Validate consultation profiles (parsed JSON, or JSON text): one profile or an array of them,
 * each against the `ConsultationProfile` schema, with no key the schema does not know (a misspelt
 * `instrument` would be dropped unseen), unique consultation ids, unique question and instrument
 * ids within a profile, and a `stakeholderQuestion` that is one of the profile's questions. Every
 * problem is reported, with its path in the JSON (`[0].questions[1].id`); nothing throws.
 *
 * @param input
 *   The profiles, as JSON text or a parsed value.
 * @returns
 *   `{consultations, messages}`: the profiles when all are valid (an array, also for one), and
 *   the problems.
 * @example
 *   loadConsultations('{"id": "x"}').messages[0]?.ruleId // => 'schema-invalid_type'
 */
export function loadConsultations(input: unknown): LoadConsultationsResult {
  const json = readJsonText(input)
  if (json.error) {
    const {cause, place} = json.error
    return {
      consultations: undefined,
      messages: [createMessage('invalid-consultations', {cause}, place)]
    }
  }
  const value = json.value

  const many = Array.isArray(value)
  const prefix = (path: ReadonlyArray<PropertyKey>) => (many ? path : path.slice(1))
  const parsed = Profiles.safeParse(many ? value : [value], {reportInput: true})
  const messages = (parsed.error?.issues ?? [])
    // Keys the schema does not know are reported below, with the keys it does.
    .filter((issue) => issue.code !== 'unrecognized_keys')
    .map((issue) => schemaMessage(issue.code, prefix(issue.path), describeIssue(issue)))
  for (const unknown of findUnknownKeys(Profiles, many ? value : [value], [])) {
    messages.push(
      schemaMessage('unrecognized_keys', prefix(unknown.path), describeUnknownKey(unknown.expected))
    )
  }

  if (!parsed.success || messages.length > 0) return {consultations: undefined, messages}
  const profiles = parsed.data
  checkIds(profiles, (index) => (many ? `[${index}]` : ''), messages)
  return {consultations: messages.length === 0 ? profiles : undefined, messages}
}

/** Duplicate ids, and a stakeholder question that is none of the profile's. */
function checkIds(
  profiles: readonly ConsultationProfile[],
  at: (index: number) => string,
  messages: VFileMessage[]
) {
  /** The ids of a list, each one met again reported at its path. */
  const collect = (
    kind: 'question' | 'instrument',
    ids: readonly string[],
    pathOf: (position: number) => string
  ) => {
    const seen = new Set<string>()
    for (const [position, id] of ids.entries()) {
      if (seen.has(id))
        messages.push(createMessage('duplicate-id', {kind, id, path: pathOf(position)}))
      seen.add(id)
    }
    return seen
  }
  const join = (index: number, key: string) => (at(index) ? `${at(index)}.${key}` : key)
  const profileIds = new Set<string>()
  for (const [index, profile] of profiles.entries()) {
    if (profileIds.has(profile.id)) {
      const path = join(index, 'id')
      messages.push(createMessage('duplicate-id', {kind: 'consultation', id: profile.id, path}))
    }
    profileIds.add(profile.id)
    const questionIds = collect(
      'question',
      profile.questions.map((question) => question.id),
      (position) => join(index, `questions[${position}].id`)
    )
    collect(
      'instrument',
      (profile.instruments ?? []).map((instrument) => instrument.id),
      (position) => join(index, `instruments[${position}].id`)
    )
    if (
      profile.stakeholderQuestion !== undefined &&
      !questionIds.has(profile.stakeholderQuestion)
    ) {
      messages.push(
        createMessage('unknown-question', {
          id: profile.stakeholderQuestion,
          path: join(index, 'stakeholderQuestion')
        })
      )
    }
  }
}

/** A key of an object that its schema does not have, with the keys it has. */
interface UnknownKey {
  path: PropertyKey[]
  expected: string[]
}

/** The keys of objects in a value that their schema does not have, in document order. */
function findUnknownKeys(
  schema: z.core.$ZodType,
  value: unknown,
  path: PropertyKey[]
): UnknownKey[] {
  if (schema instanceof z.ZodOptional) return findUnknownKeys(schema.unwrap(), value, path)
  if (schema instanceof z.ZodArray) {
    return Array.isArray(value)
      ? value.flatMap((item, index) => findUnknownKeys(schema.element, item, [...path, index]))
      : []
  }
  if (!isRecord(value)) return []
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.core.$ZodType>
    const expected = Object.keys(shape)
    return Object.entries(value).flatMap(([key, item]) => {
      const inner = shape[key]
      return inner
        ? findUnknownKeys(inner, item, [...path, key])
        : [{path: [...path, key], expected}]
    })
  }
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum) {
    const expected = schema.keyType.options.map(String)
    return Object.entries(value).flatMap(([key, item]) =>
      expected.includes(key)
        ? findUnknownKeys(schema.valueType, item, [...path, key])
        : [{path: [...path, key], expected}]
    )
  }
  return []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function schemaMessage(code: string, path: ReadonlyArray<PropertyKey>, message: string) {
  const created = createMessage('schema-issue', {path: formatJsonPath(path), message})
  created.ruleId = `schema-${code}`
  return created
}
