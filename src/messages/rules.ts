import {escapeLine, excerpt, maxExcerpt, maxIdExcerpt} from './excerpt.js'

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
  'reader-failed': {
    fatal: true,
    reason: (arguments_: {format: string; cause: string}) =>
      `Cannot read the document as ${arguments_.format}: ${excerpt(arguments_.cause)}`
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
  'skipped-own-output': {
    fatal: false,
    reason: (arguments_: {what: string}) =>
      `Skipped a comparison report (${arguments_.what}) that wgec wrote, found in a folder: it is no contribution`
  },
  'internal-error': {
    fatal: true,
    reason: (arguments_: {cause: string}) =>
      `Cannot process the file: ${excerpt(arguments_.cause)} (a bug in wgec: please report it); the other files are processed`
  },
  'coder-failed': {
    fatal: true,
    reason: (arguments_: {coder: string; cause: string}) =>
      `Cannot code the document with coder \`${arguments_.coder}\`: ${excerpt(arguments_.cause)}; the other files are coded`
  },
  'invalid-answer': {
    fatal: false,
    reason: (arguments_: {problem: string}) =>
      `Unexpected answer from the model: ${excerpt(arguments_.problem)}`
  },
  'quote-not-found': {
    fatal: false,
    reason: (arguments_: {dimension: string; quote: string}) =>
      `Cannot find the model's quote for \`${arguments_.dimension}\` in the text, dropped it: “${excerpt(arguments_.quote)}”`
  },
  'unverified-stance': {
    fatal: false,
    reason: (arguments_: {dimension: string; stance: string}) =>
      `Coded \`${arguments_.dimension}\` \`unstated\`: the model's stance \`${excerpt(arguments_.stance)}\` has no quote found in the text`
  },
  'language-not-in-codebook': {
    fatal: false,
    reason: (arguments_: {language: string; codebook: string; languages: string}) =>
      `Cannot code a document in \`${excerpt(arguments_.language)}\` with the rules: codebook \`${excerpt(arguments_.codebook, maxIdExcerpt)}\` has indicators in ${arguments_.languages} only, so every dimension is \`unstated\` (use a codebook with this language, or the \`llm\` coder)`
  },
  'too-large': {
    fatal: true,
    reason: (arguments_: {size: number; maxSize: number}) =>
      `Cannot read a document of ${arguments_.size} bytes, expected at most ${arguments_.maxSize} (\`options.maxSize\`)`
  },
  'unreadable-file': {
    fatal: true,
    reason: (arguments_: {cause: string}) => `Cannot read file: ${excerpt(arguments_.cause)}`
  },
  'too-deeply-nested': {
    fatal: false,
    reason: (arguments_: {depth: number; maxDepth: number}) =>
      `Unexpected nesting ${arguments_.depth} levels deep, expected at most ${arguments_.maxDepth} (\`options.maxDepth\`); read as plain text`
  },
  'pathological-markdown': {
    fatal: false,
    reason: (arguments_: {
      kind: 'emphasis' | 'brackets' | 'footnote-definitions' | 'setext-headings' | 'blockquotes'
      count: number
      limit: number
    }) =>
      `Unexpected ${arguments_.count} ${
        {
          emphasis: 'runs of emphasis markers (`*`, `_`) in one paragraph',
          brackets: 'opening brackets (`[`) in one paragraph',
          'footnote-definitions': 'footnote definitions',
          'setext-headings': 'setext headings (a line of `=` or `-` under text)',
          blockquotes: 'blockquotes set apart by blank lines'
        }[arguments_.kind]
      }, expected at most ${arguments_.limit}: Markdown parsing slows down faster than their number grows; read as plain text`
  },
  'control-characters': {
    fatal: false,
    reason: (arguments_: {count: number; first: string}) =>
      `Unexpected ${arguments_.count} control character(s) (the first \`${arguments_.first}\`), expected text; removed from the text read (terminal escapes among them)`
  },
  'format-characters': {
    fatal: false,
    reason: (arguments_: {field: string; name: string; count: number; removed: string}) =>
      `Removed ${arguments_.count} invisible or bidirectional format character(s) (${arguments_.removed}) from the ${arguments_.field} \`${excerpt(arguments_.name)}\`: they hide or reorder what a name shows; the body text keeps them`
  },
  'invalid-xml-characters': {
    fatal: false,
    reason: (arguments_: {count: number; first: string}) =>
      `Replaced ${arguments_.count} character(s) that XML 1.0 cannot carry (the first ${arguments_.first}) with U+FFFD in the REFI-QDA project, so that it stays well-formed; the sources' plain texts are not changed`
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
      `Unexpected invalid YAML front matter (${excerpt(arguments_.cause)}); its text is kept in the preamble`
  },
  'front-matter-too-large': {
    fatal: false,
    reason: (arguments_: {size: number; maxSize: number}) =>
      `Unexpected front matter of ${arguments_.size} characters, expected at most ${arguments_.maxSize}; not read, its text is kept in the preamble`
  },
  'front-matter-warning': {
    fatal: false,
    reason: (arguments_: {cause: string}) =>
      `Unexpected YAML in the front matter (${excerpt(arguments_.cause)}); the rest is read`
  },
  'submitter-cue': {
    fatal: undefined,
    reason: (arguments_: {cue: string}) =>
      `Read the submitter from the ${arguments_.cue} (cues, most explicit first: front-matter, form-field, submitted-by, letterhead, email-header, title, signature, first-sentence)`
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
      `Unexpected government submitter \`${excerpt(arguments_.name)}\` that names no known country`
  },
  'unknown-stakeholder-group': {
    fatal: false,
    reason: (arguments_: {name: string}) =>
      `Unexpected submitter \`${excerpt(arguments_.name)}\` whose stakeholder group cannot be told`
  },
  'unlinked-footnote': {
    fatal: false,
    reason: (arguments_: {label: string; missing: 'definition' | 'reference'}) =>
      arguments_.missing === 'definition'
        ? `Unexpected reference to footnote \`${excerpt(arguments_.label)}\` that is never defined`
        : `Unexpected footnote \`${excerpt(arguments_.label)}\` that nothing refers to`
  },
  'invalid-date': {
    fatal: false,
    reason: (arguments_: {text: string}) =>
      `Unexpected date \`${excerpt(arguments_.text)}\` that does not exist in the calendar`
  },
  'more-messages': {
    fatal: false,
    reason: (arguments_: {ruleId: string; count: number; limit: number}) =>
      `Unexpected ${arguments_.count} more \`${excerpt(arguments_.ruleId, maxIdExcerpt)}\` messages, left out after the first ${arguments_.limit} (\`options.maxMessagesPerRule\`)`
  },
  'unmatched-section': {
    fatal: undefined,
    reason: (arguments_: {text: string}) =>
      `Section \`${excerpt(arguments_.text)}\` matches no question of the consultation; kept with \`questionId: null\``
  },
  'dropped-page-number': {
    fatal: undefined,
    reason: (arguments_: {text: string}) => `Dropped page number \`${excerpt(arguments_.text)}\``
  },
  'dropped-running-header': {
    fatal: undefined,
    reason: (arguments_: {text: string}) => `Dropped running header \`${excerpt(arguments_.text)}\``
  },
  'dropped-page-chrome': {
    fatal: undefined,
    reason: (arguments_: {text: string}) =>
      `Dropped web page chrome (menu, banner or footer around the content) \`${excerpt(arguments_.text)}\``
  },
  'dropped-hidden-content': {
    fatal: false,
    reason: (arguments_: {text: string}) =>
      `Dropped content the page hides (\`hidden\`, \`aria-hidden\` or \`display: none\`), which no reader sees: \`${excerpt(arguments_.text)}\``
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
    reason: (arguments_: {cause: string}) => `Cannot read codings: ${excerpt(arguments_.cause)}`
  },
  'missing-column': {
    fatal: true,
    reason: (arguments_: {column: string; expected: string}) =>
      `Cannot read codings without a \`${arguments_.column}\` column, expected a header row with ${arguments_.expected}`
  },
  'malformed-row': {
    fatal: false,
    reason: (arguments_: {cause: string}) =>
      `Unexpected malformed CSV row (${excerpt(arguments_.cause)}); the row is skipped`
  },
  'incomplete-coding': {
    fatal: false,
    reason: (arguments_: {field: string}) =>
      `Unexpected coding without a value for \`${excerpt(arguments_.field)}\`; it is skipped`
  },
  'invalid-coding': {
    fatal: false,
    reason: (arguments_: {field: string; found: string; expected: string}) =>
      `Unexpected ${excerpt(arguments_.found)} for \`${excerpt(arguments_.field)}\`, expected ${arguments_.expected}; it is skipped`
  },
  'duplicate-coding': {
    fatal: false,
    reason: (arguments_: {contributionId: string; dimension: string; coder?: string}) =>
      `Unexpected second coding of \`${excerpt(arguments_.contributionId)}\` on \`${excerpt(arguments_.dimension, maxIdExcerpt)}\`${arguments_.coder === undefined ? '' : ` by \`${excerpt(arguments_.coder, maxIdExcerpt)}\``}; the first is kept`
  },
  'unknown-dimension': {
    fatal: false,
    reason: (arguments_: {field: string; dimension: string; expected: string}) =>
      `Unexpected dimension \`${excerpt(arguments_.dimension, maxIdExcerpt)}\` in \`${excerpt(arguments_.field, maxIdExcerpt)}\`, expected one of the codebook's (${arguments_.expected}); the coding is skipped`
  },
  'unknown-stance': {
    fatal: false,
    reason: (arguments_: {field: string; stance: string; dimension: string; expected: string}) =>
      `Unexpected stance \`${excerpt(arguments_.stance, maxIdExcerpt)}\` in \`${excerpt(arguments_.field, maxIdExcerpt)}\` for \`${excerpt(arguments_.dimension, maxIdExcerpt)}\`, expected ${arguments_.expected}; the coding is skipped`
  },
  'duplicate-document': {
    fatal: false,
    reason: (arguments_: {path: string; duplicateOf: string}) =>
      `Unexpected second copy of \`${escapeLine(arguments_.duplicateOf)}\` (same SHA-256) at \`${escapeLine(arguments_.path)}\`; it is compared once`
  },
  'not-a-contribution': {
    fatal: false,
    reason: () =>
      'Unexpected document that is no contribution (no answer to a known question, no submitter, no stance); it is left out of the comparison (`--keep-non-contributions` keeps it)'
  },
  'invalid-codebook': {
    fatal: true,
    reason: (arguments_: {cause: string}) => `Cannot read codebook: ${excerpt(arguments_.cause)}`
  },
  'invalid-consultations': {
    fatal: true,
    reason: (arguments_: {cause: string}) =>
      `Cannot read consultation profiles: ${excerpt(arguments_.cause)}`
  },
  'unknown-question': {
    fatal: true,
    reason: (arguments_: {id: string; path: string}) =>
      `Unexpected question \`${excerpt(arguments_.id)}\` at \`${excerpt(arguments_.path)}\`, expected the id of one of the profile's questions`
  },
  'schema-issue': {
    fatal: true,
    reason: (arguments_: {path: string; message: string}) =>
      `Unexpected value at \`${excerpt(arguments_.path)}\`: ${excerpt(arguments_.message, maxExcerpt * 3)}`
  },
  'duplicate-id': {
    fatal: true,
    reason: (arguments_: {kind: string; id: string; path: string}) =>
      `Unexpected duplicate ${arguments_.kind} id \`${excerpt(arguments_.id, maxIdExcerpt)}\` at \`${excerpt(arguments_.path)}\`, expected unique ids`
  },
  'unknown-pole': {
    fatal: true,
    reason: (arguments_: {pole: string; path: string; expected: string}) =>
      `Unexpected pole \`${excerpt(arguments_.pole, maxIdExcerpt)}\` at \`${excerpt(arguments_.path)}\`, expected ${arguments_.expected}`
  },
  'unknown-language': {
    fatal: true,
    reason: (arguments_: {language: string; path: string; expected: string}) =>
      `Unexpected language \`${excerpt(arguments_.language, maxIdExcerpt)}\` at \`${excerpt(arguments_.path)}\`, expected one of the codebook's languages (${arguments_.expected})`
  },
  'invalid-pattern': {
    fatal: true,
    reason: (arguments_: {pattern: string; path: string; cause: string}) =>
      `Unexpected pattern \`${excerpt(arguments_.pattern)}\` at \`${excerpt(arguments_.path)}\`: ${excerpt(arguments_.cause)}`
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
      `Unexpected pattern \`${excerpt(arguments_.pattern)}\` at \`${excerpt(arguments_.path)}\` whose regular expression backtracks ${arguments_.exponential ? 'exponentially' : 'polynomially'} on a run of \`${excerpt(arguments_.character)}\` (${arguments_.quantifiers.map((quantifier) => `\`${quantifier}\``).join(' and ')}), expected one that matches in linear time`
  }
} as const

/** A diagnostic code. */
export type RuleId = keyof typeof rules

/** The arguments a diagnostic's text is written from. */
export type RuleArguments<Id extends RuleId> =
  Parameters<(typeof rules)[Id]['reason']> extends [infer Value] ? Value : Record<string, never>
