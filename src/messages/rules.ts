/**
 * Every diagnostic the library reports: its `ruleId`, its severity (`true` error, `false` warning,
 * `undefined` info, as `fatal` in vfile-message) and the one place its text is written.
 */
export const rules = {
  'binary-content': {
    fatal: true,
    reason: (arguments_: {what: string}) =>
      `Cannot read binary content (${arguments_.what}), expected text`
  },
  'unsupported-format': {
    fatal: true,
    reason: (arguments_: {what: string}) =>
      `Cannot read a ${arguments_.what} file, expected text: convert it to text or Markdown first (for example with \`pdftotext -layout\` or pandoc)`
  },
  'skipped-file': {
    fatal: false,
    reason: (arguments_: {what: string}) =>
      `Skipped a ${arguments_.what} file found in a folder: convert it to text or Markdown to include it`
  },
  'not-a-file': {
    fatal: true,
    reason: (arguments_: {what: string}) =>
      `Cannot read a ${arguments_.what}, expected a regular file`
  },
  'skipped-entry': {
    fatal: false,
    reason: (arguments_: {what: string}) =>
      `Skipped a ${arguments_.what} found in a folder: only regular files are read from folders (name it on the command line to read what it points to)`
  },
  'internal-error': {
    fatal: true,
    reason: (arguments_: {cause: string}) =>
      `Cannot process the file: ${arguments_.cause} (a bug in wgec: please report it); the other files are processed`
  },
  'too-large': {
    fatal: true,
    reason: (arguments_: {size: number; maxSize: number}) =>
      `Cannot read a document of ${arguments_.size} bytes, expected at most ${arguments_.maxSize} (\`options.maxSize\`)`
  },
  'unreadable-file': {
    fatal: true,
    reason: (arguments_: {cause: string}) => `Cannot read file: ${arguments_.cause}`
  },
  'too-deeply-nested': {
    fatal: false,
    reason: (arguments_: {depth: number; maxDepth: number}) =>
      `Unexpected nesting ${arguments_.depth} levels deep, expected at most ${arguments_.maxDepth} (\`options.maxDepth\`); read as plain text`
  },
  'empty-document': {
    fatal: false,
    reason: () => 'Unexpected empty document, expected the text of a contribution'
  },
  'invalid-encoding': {
    fatal: false,
    reason: (arguments_: {count: number}) =>
      `Unexpected ${arguments_.count} replacement character(s) (U+FFFD), expected valid UTF-8; the text around them is kept`
  },
  'decoded-legacy-encoding': {
    fatal: undefined,
    reason: (arguments_: {encoding: string}) =>
      `Decoded the document as ${arguments_.encoding} (it is not valid UTF-8 or has a UTF-16 byte order mark)`
  },
  'invalid-front-matter': {
    fatal: false,
    reason: (arguments_: {cause: string}) =>
      `Unexpected invalid YAML front matter (${arguments_.cause}); its text is kept in the preamble`
  },
  'submitter-cue': {
    fatal: undefined,
    reason: (arguments_: {cue: string}) =>
      `Read the submitter from the ${arguments_.cue} (cues, most explicit first: front-matter, form-field, submitted-by, letterhead, email-header, title, first-sentence)`
  },
  'no-consultation-found': {
    fatal: undefined,
    reason: () =>
      'No consultation identified (no topic field, no mention of one in the header, too few of its questions in their wording): `consultation` is empty'
  },
  'no-questions-found': {
    fatal: false,
    reason: () =>
      'Unexpected document without recognised questions; its body is kept as the preamble'
  },
  'no-submitter-found': {
    fatal: false,
    reason: () =>
      'Unexpected document without a submitter (no `Submitted by` line, front matter or form field)'
  },
  'unknown-country': {
    fatal: false,
    reason: (arguments_: {name: string}) =>
      `Unexpected government submitter \`${arguments_.name}\` that names no known country`
  },
  'unknown-stakeholder-group': {
    fatal: false,
    reason: (arguments_: {name: string}) =>
      `Unexpected submitter \`${arguments_.name}\` whose stakeholder group cannot be told`
  },
  'unlinked-footnote': {
    fatal: false,
    reason: (arguments_: {label: string; missing: 'definition' | 'reference'}) =>
      arguments_.missing === 'definition'
        ? `Unexpected reference to footnote \`${arguments_.label}\` that is never defined`
        : `Unexpected footnote \`${arguments_.label}\` that nothing refers to`
  },
  'invalid-date': {
    fatal: false,
    reason: (arguments_: {text: string}) =>
      `Unexpected date \`${arguments_.text}\` that does not exist in the calendar`
  },
  'unmatched-section': {
    fatal: undefined,
    reason: (arguments_: {text: string}) =>
      `Section \`${arguments_.text}\` matches no question of the consultation; kept with \`questionId: null\``
  },
  'dropped-page-number': {
    fatal: undefined,
    reason: (arguments_: {text: string}) => `Dropped page number \`${arguments_.text}\``
  },
  'dropped-running-header': {
    fatal: undefined,
    reason: (arguments_: {text: string}) => `Dropped running header \`${arguments_.text}\``
  },
  'dropped-page-chrome': {
    fatal: undefined,
    reason: (arguments_: {text: string}) =>
      `Dropped web page chrome (menu, banner or footer around the content) \`${arguments_.text}\``
  },
  'no-date-found': {
    fatal: undefined,
    reason: () => 'No date found in the signature, front matter or form fields'
  },
  'language-undetermined': {
    fatal: undefined,
    reason: () => 'Language could not be determined from the text; set to `und`'
  },
  'invalid-codings': {
    fatal: true,
    reason: (arguments_: {cause: string}) => `Cannot read codings: ${arguments_.cause}`
  },
  'missing-column': {
    fatal: true,
    reason: (arguments_: {column: string; expected: string}) =>
      `Cannot read codings without a \`${arguments_.column}\` column, expected a header row with ${arguments_.expected}`
  },
  'malformed-row': {
    fatal: false,
    reason: (arguments_: {cause: string}) =>
      `Unexpected malformed CSV row (${arguments_.cause}); the row is skipped`
  },
  'incomplete-coding': {
    fatal: false,
    reason: (arguments_: {field: string}) =>
      `Unexpected coding without a value for \`${arguments_.field}\`; it is skipped`
  },
  'invalid-coding': {
    fatal: false,
    reason: (arguments_: {field: string; found: string; expected: string}) =>
      `Unexpected ${arguments_.found} for \`${arguments_.field}\`, expected ${arguments_.expected}; it is skipped`
  },
  'duplicate-coding': {
    fatal: false,
    reason: (arguments_: {contributionId: string; dimension: string; coder?: string}) =>
      `Unexpected second coding of \`${arguments_.contributionId}\` on \`${arguments_.dimension}\`${arguments_.coder === undefined ? '' : ` by \`${arguments_.coder}\``}; the first is kept`
  },
  'invalid-codebook': {
    fatal: true,
    reason: (arguments_: {cause: string}) => `Cannot read codebook: ${arguments_.cause}`
  },
  'schema-issue': {
    fatal: true,
    reason: (arguments_: {path: string; message: string}) =>
      `Unexpected value at \`${arguments_.path}\`: ${arguments_.message}`
  },
  'duplicate-id': {
    fatal: true,
    reason: (arguments_: {kind: string; id: string; path: string}) =>
      `Unexpected duplicate ${arguments_.kind} id \`${arguments_.id}\` at \`${arguments_.path}\`, expected unique ids`
  },
  'unknown-pole': {
    fatal: true,
    reason: (arguments_: {pole: string; path: string; expected: string}) =>
      `Unexpected pole \`${arguments_.pole}\` at \`${arguments_.path}\`, expected ${arguments_.expected}`
  },
  'unknown-language': {
    fatal: true,
    reason: (arguments_: {language: string; path: string; expected: string}) =>
      `Unexpected language \`${arguments_.language}\` at \`${arguments_.path}\`, expected one of the codebook's languages (${arguments_.expected})`
  },
  'invalid-pattern': {
    fatal: true,
    reason: (arguments_: {pattern: string; path: string; cause: string}) =>
      `Unexpected pattern \`${arguments_.pattern}\` at \`${arguments_.path}\`: ${arguments_.cause}`
  },
  'unsafe-pattern': {
    fatal: true,
    reason: (arguments_: {
      pattern: string
      path: string
      character: string
      quantifiers: readonly string[]
      exponential: boolean
    }) =>
      `Unexpected pattern \`${arguments_.pattern}\` at \`${arguments_.path}\` whose regular expression backtracks ${arguments_.exponential ? 'exponentially' : 'polynomially'} on a run of \`${arguments_.character}\` (${arguments_.quantifiers.map((quantifier) => `\`${quantifier}\``).join(' and ')}), expected one that matches in linear time`
  }
} as const

/** A diagnostic code. */
export type RuleId = keyof typeof rules

/** The arguments a diagnostic's text is written from. */
export type RuleArguments<Id extends RuleId> =
  Parameters<(typeof rules)[Id]['reason']> extends [infer Value] ? Value : Record<string, never>
