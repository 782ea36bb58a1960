import {analyse} from 'scslre'
import type {VFileMessage} from 'vfile-message'
import {capMessages, defaultMaxMessagesPerRule} from '../../messages/cap-messages.js'
import {createMessage} from '../../messages/create-message.js'
import {quoteList} from '../../messages/quote-list.js'
import {Codebook} from '../../schema/codebook.js'
import {formatJsonPath, readJsonText} from '../../text/read-json-text.js'
import {compilePattern} from './compile-pattern.js'

/** The result of `loadCodebook`. */
export interface LoadCodebookResult {
  /** The codebook, when it is valid. */
  codebook: Codebook | undefined
  /** Why it is not: one fatal message per problem, each naming the path in the JSON. */
  messages: VFileMessage[]
}

/** Configuration for `loadCodebook`. */
export interface LoadCodebookOptions {
  /**
   * Most messages of one rule kept: the rest of that rule (thousands of indicators in an unknown
   * language) are counted in one `more-messages` warning.
   *
   * @default 100
   */
  readonly maxMessagesPerRule?: number | undefined
}

/**
 * Validate a codebook (parsed JSON, or JSON text): its shape, unique dimension and indicator ids,
 * indicator poles that belong to their dimension (or `mixed`), languages the codebook declares, and
 * phrase patterns that compile (gaps bounded, never two in a row, so none can backtrack
 * catastrophically) to regular expressions in which the ReDoS checker `scslre` finds no super-linear
 * backtracking. Every problem is reported, up to `options.maxMessagesPerRule` of one rule (the
 * rest counted in one `more-messages`), quoting bounded excerpts; nothing throws.
 *
 * @param input
 *   The codebook, as JSON text or a parsed value.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{codebook, messages}`: the codebook when valid, and the problems.
 * @example
 *   loadCodebook('{"id": "x"}').messages[0]?.ruleId // => 'schema-invalid_type'
 */
export function loadCodebook(input: unknown, options?: LoadCodebookOptions): LoadCodebookResult {
  const limit = options?.maxMessagesPerRule ?? defaultMaxMessagesPerRule
  const json = readJsonText(input)
  if (json.error) {
    const {cause, place} = json.error
    return {codebook: undefined, messages: [createMessage('invalid-codebook', {cause}, place)]}
  }
  const value = json.value

  const parsed = Codebook.safeParse(value)
  if (!parsed.success) {
    return {
      codebook: undefined,
      messages: capMessages(
        parsed.error.issues.map((issue) => {
          const message = createMessage('schema-issue', {
            path: formatJsonPath(issue.path),
            message: issue.message
          })
          message.ruleId = `schema-${issue.code}`
          return message
        }),
        limit
      )
    }
  }

  const codebook = parsed.data
  const messages: VFileMessage[] = []
  const dimensionIds = new Set<string>()
  const indicatorIds = new Set<string>()

  for (const [index, dimension] of codebook.dimensions.entries()) {
    const path = `dimensions[${index}]`
    if (dimensionIds.has(dimension.id)) {
      messages.push(
        createMessage('duplicate-id', {kind: 'dimension', id: dimension.id, path: `${path}.id`})
      )
    }

    dimensionIds.add(dimension.id)
    const poles = dimension.poles.map((pole) => pole.id)
    if (poles[0] === poles[1]) {
      messages.push(
        createMessage('duplicate-id', {
          kind: 'pole',
          id: poles[0] ?? '',
          path: `${path}.poles[1].id`
        })
      )
    }

    for (const [position, indicator] of dimension.indicators.entries()) {
      const at = `${path}.indicators[${position}]`
      if (indicatorIds.has(indicator.id)) {
        messages.push(
          createMessage('duplicate-id', {kind: 'indicator', id: indicator.id, path: `${at}.id`})
        )
      }

      indicatorIds.add(indicator.id)
      if (!poles.includes(indicator.pole) && indicator.pole !== 'mixed') {
        messages.push(
          createMessage('unknown-pole', {
            pole: indicator.pole,
            path: `${at}.pole`,
            expected: quoteList([...poles, 'mixed'])
          })
        )
      }

      if (!codebook.languages.includes(indicator.language)) {
        messages.push(
          createMessage('unknown-language', {
            language: indicator.language,
            path: `${at}.language`,
            expected: quoteList(codebook.languages)
          })
        )
      }

      checkPattern(indicator.pattern, `${at}.pattern`, messages)
    }
  }

  for (const [kind, byLanguage] of Object.entries(codebook.cues)) {
    for (const [language, patterns] of Object.entries(byLanguage)) {
      for (const [index, pattern] of patterns.entries())
        checkPattern(pattern, `cues.${kind}.${language}[${index}]`, messages)
    }
  }

  return {
    codebook: messages.length === 0 ? codebook : undefined,
    messages: capMessages(messages, limit)
  }
}

function checkPattern(pattern: string, path: string, messages: VFileMessage[]) {
  const compiled = compilePattern(pattern)
  if (compiled.error !== undefined) {
    messages.push(createMessage('invalid-pattern', {pattern, path, cause: compiled.error}))
    return
  }

  // Strict: compiled patterns are also joined into larger expressions (cues), not only used alone.
  const [report] = analyse(compiled.regex, {maxReports: 1, assumeRejectingSuffix: true}).reports
  if (report) {
    const quantifiers =
      report.type === 'Trade'
        ? [report.startQuant.raw, report.endQuant.raw]
        : report.type === 'Self'
          ? [report.quant.raw, report.parentQuant.raw]
          : [report.quant.raw]
    messages.push(
      createMessage('unsafe-pattern', {
        pattern,
        path,
        character: report.character.pick,
        quantifiers,
        exponential: report.exponential
      })
    )
  }
}
