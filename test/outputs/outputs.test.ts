import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {measureAgreement} from '../../src/code/agreement/measure-agreement.js'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {toEvidenceRows} from '../../src/code/validation/to-evidence-rows.js'
import {toCodings} from '../../src/codings/to-codings.js'
import {checkOutputs} from '../../src/outputs/check-outputs.js'
import {findOutput} from '../../src/outputs/find-output.js'
import {findOutputForPath} from '../../src/outputs/find-output-for-path.js'
import type {CodedFile, Output} from '../../src/outputs/output.js'
import {outputKinds} from '../../src/outputs/output.js'
import {builtInOutputs} from '../../src/outputs/outputs.js'
import {renderOutput} from '../../src/outputs/render-output.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {toAgreementText} from '../../src/render/to-agreement-text.js'
import {toCodingsCsv} from '../../src/render/to-codings-csv.js'
import {toCsv} from '../../src/render/to-csv.js'
import {toEvidenceCsv} from '../../src/render/to-evidence-csv.js'
import {toHtml} from '../../src/render/to-html.js'
import {toJson} from '../../src/render/to-json.js'
import {toLatex} from '../../src/render/to-latex.js'
import {toMarkdown} from '../../src/render/to-markdown.js'
import {toPositionsText} from '../../src/render/to-positions-text.js'
import {toSummaryText} from '../../src/render/to-summary-text.js'
import {outputs as bytesOutputs, cbinOutput} from '../fixtures/plugins/bytes-output.js'
import {readFixture} from '../helpers.js'
import {sampleComparison} from '../render/sample-comparison.js'

const {contribution, messages} = parseContribution(readFixture('wgec-2016-cuba.md'))
const positions = codePositions(contribution)
const coded: CodedFile = {path: 'cuba.md', contribution, positions, messages}

/** The formats of a kind, in registry order. */
function formatsOf(kind: string, outputs: readonly Output[] = builtInOutputs): string[] {
  return outputs.filter((output) => output.kind === kind).map((output) => output.format)
}

describe('builtInOutputs', () => {
  it('has every format the CLI writes, kind by kind', () => {
    expect(outputKinds.map((kind) => [kind, formatsOf(kind)])).toEqual([
      ['contributions', ['text', 'json']],
      ['codings', ['text', 'json', 'csv']],
      ['evidence-rows', ['json', 'csv']],
      ['comparison', ['md', 'csv', 'json', 'latex', 'html']],
      ['validation', ['text', 'json', 'md']],
      ['agreement', ['text', 'json']]
    ])
  })

  it('is a valid registry: checked, no format twice for a kind', () => {
    expect(checkOutputs(builtInOutputs)).toBe(builtInOutputs)
  })

  it('writes a comparison as its `to*` function does, with the options each reads', () => {
    const options = {title: 'T', shape: 'wide', meta: true, caption: 'C', label: 'tab:x'} as const
    const render = (format: string) => renderOutput('comparison', format, sampleComparison, options)
    expect(render('md')).toBe(toMarkdown(sampleComparison, {title: 'T'}))
    expect(render('csv')).toBe(toCsv(sampleComparison, {shape: 'wide', meta: true}))
    expect(render('json')).toBe(toJson(sampleComparison))
    expect(render('latex')).toBe(toLatex(sampleComparison, {caption: 'C', label: 'tab:x'}))
    expect(renderOutput('comparison', 'latex', sampleComparison, {splits: true})).toBe(
      toLatex(sampleComparison, {splits: true})
    )
    expect(render('html')).toBe(toHtml(sampleComparison, {title: 'T'}))
  })

  it('writes coded files as `wgec code` does: text (with `explain`), JSON, codings CSV', () => {
    expect(renderOutput('codings', 'text', [coded], {explain: true})).toBe(
      toPositionsText([coded], {explain: true})
    )
    expect(renderOutput('codings', 'csv', [coded])).toBe(toCodingsCsv(toCodings(positions)))
    const [entry] = JSON.parse(renderOutput('codings', 'json', [coded]) as string)
    expect(Object.keys(entry)).toEqual(['file', 'contribution', 'positions', 'messages'])
    expect(entry.file).toBe('cuba.md')
    expect(entry.positions).toEqual(JSON.parse(JSON.stringify(positions)))
  })

  it('writes a file that was not coded as `not read` in text and `null` in JSON', () => {
    const unread: CodedFile = {
      path: 'x.md',
      contribution: undefined,
      positions: undefined,
      messages: []
    }
    expect(renderOutput('codings', 'text', [unread])).toBe('x.md: not read\n')
    expect(JSON.parse(renderOutput('codings', 'json', [unread]) as string)).toEqual([
      {file: 'x.md', contribution: null, positions: null, messages: []}
    ])
    expect(renderOutput('codings', 'csv', [unread])).toBe(
      'contribution,dimension,stance,quote,coder\n'
    )
  })

  it('escapes control characters in the paths of text, not of JSON', () => {
    const path = 'a\u001B[2Jb.md'
    expect(renderOutput('contributions', 'text', [{path, contribution, messages: []}])).toMatch(
      /^a\\x1B\[2Jb\.md: wgec-2016\/cuba/
    )
    const [entry] = JSON.parse(
      renderOutput('contributions', 'json', [{path, contribution, messages: []}]) as string
    )
    expect(entry.file).toBe(path)
  })

  it('writes a parsed file with an error as `not read` in text, with its contribution in JSON', () => {
    const error = new VFileMessage('Cannot read', {ruleId: 'x', source: 'wgec'})
    error.fatal = true
    const files = [{path: 'cuba.md', contribution, messages: [error]}]
    expect(renderOutput('contributions', 'text', files)).toBe(
      toSummaryText([{path: 'cuba.md', contribution: undefined}])
    )
    const [entry] = JSON.parse(renderOutput('contributions', 'json', files) as string)
    expect(entry.contribution.id).toBe('wgec-2016/cuba')
    expect(entry.messages).toEqual([
      {ruleId: 'x', reason: 'Cannot read', line: null, column: null, fatal: true}
    ])
  })

  it('writes evidence records, a validation and an agreement as the CLI does', () => {
    const rows = toEvidenceRows([{contribution, positions, coder: 'rules'}])
    expect(renderOutput('evidence-rows', 'csv', rows)).toBe(toEvidenceCsv(rows))
    expect(renderOutput('evidence-rows', 'json', rows)).toBe(`${JSON.stringify(rows, null, 2)}\n`)
    const codings = toCodings(positions)
    const agreement = measureAgreement(codings, codings)
    expect(renderOutput('agreement', 'text', agreement)).toBe(toAgreementText(agreement))
    expect(renderOutput('agreement', 'json', agreement)).toBe(
      `${JSON.stringify(agreement, null, 2)}\n`
    )
  })
})

describe('findOutput, findOutputForPath', () => {
  it('finds an output by kind and format', () => {
    expect(findOutput('comparison', 'latex', builtInOutputs)?.extensions).toEqual([
      '.tex',
      '.latex'
    ])
    expect(findOutput('validation', 'md', builtInOutputs)?.kind).toBe('validation')
    expect(findOutput('agreement', 'latex', builtInOutputs)).toBeUndefined()
  })

  it('tells the format of a comparison from a file extension, in any case', () => {
    expect(
      ['t.md', 'T.MARKDOWN', 't.csv', 't.json', 't.tex', 't.html', 't.htm', 't.txt'].map(
        (path) => findOutputForPath('comparison', path, builtInOutputs)?.format
      )
    ).toEqual(['md', 'md', 'csv', 'json', 'latex', 'html', 'html', undefined])
  })

  it('takes a plugin’s extension, the built-in ones first', () => {
    const json: Output<'comparison'> = {...cbinOutput, format: 'other-json', extensions: ['.json']}
    const outputs = [...builtInOutputs, ...bytesOutputs, json]
    expect(findOutputForPath('comparison', 'x.cbin', outputs)?.format).toBe('cbin')
    expect(findOutputForPath('comparison', 'x.json', outputs)?.format).toBe('json')
  })
})

describe('renderOutput', () => {
  it('renders a comparison in a plugin’s binary format, byte for byte', () => {
    const [government, , , academic] = sampleComparison.rows
    const comparison = {
      ...sampleComparison,
      rows: [government, academic].flatMap((row) => row ?? [])
    }
    const bytes = renderOutput('comparison', 'cbin', comparison, {
      outputs: [...builtInOutputs, ...bytesOutputs]
    })
    const key = (text: string) => [text.length, ...new TextEncoder().encode(text)]
    expect(bytes).toEqual(
      Uint8Array.from([
        ...[0x89, 0x43, 0x42, 0x4e, 1, 0, 2, 2],
        ...key('wgec-2016/cuba'),
        ...[0x9c, 0xb0], // -1.00 and -0.80 in hundredths, as signed bytes
        ...key('wgec-2016/nowhere'),
        ...[0x80, 0x80] // unstated
      ])
    )
  })

  it('throws on a format no output of the kind has, naming those there are', () => {
    expect(() => renderOutput('agreement', 'md', measureAgreement([], []))).toThrow(
      new TypeError('Cannot render `md` for `format`, expected `text`, `json`')
    )
    expect(() => renderOutput('comparison', 'cbin', sampleComparison)).toThrow(
      'Cannot render `cbin` for `format`, expected `md`, `csv`, `json`, `latex`, `html`'
    )
  })

  it('throws on an unknown kind', () => {
    expect(() => renderOutput('table' as 'comparison', 'csv', sampleComparison)).toThrow(
      new TypeError(
        'Cannot render `table` for `kind`, expected `contributions`, `codings`, `evidence-rows`, `comparison`, `validation`, `agreement`'
      )
    )
  })

  it('refuses malformed outputs in `options.outputs`', () => {
    expect(() =>
      renderOutput('comparison', 'cbin', sampleComparison, {
        outputs: [...builtInOutputs, {...cbinOutput, format: 'csv'}]
      })
    ).toThrow('expected one output of format `csv` for `comparison`, not two')
  })
})

describe('checkOutputs', () => {
  const render = () => ''
  const valid = {
    format: 'x',
    kind: 'comparison',
    extensions: ['.x'],
    mediaType: 'text/plain',
    render
  }

  it.each([
    [null, 'outputs[0]', 'an output object'],
    [{...valid, format: 'Bin'}, 'outputs[0]', 'a kebab-case `format`'],
    [
      {...valid, kind: 'table'},
      'outputs[0]',
      'a `kind` of `contributions`, `codings`, `evidence-rows`, `comparison`, `validation`, `agreement`'
    ],
    [
      {...valid, extensions: ['X']},
      'outputs[0]',
      '`extensions` as an array of extensions in lower case with the dot (`.csv`)'
    ],
    [{...valid, extensions: '.x'}, 'outputs[0]', '`extensions` as an array'],
    [{...valid, mediaType: 'csv'}, 'outputs[0]', 'a `mediaType` such as `text/csv`'],
    [{...valid, render: 'x'}, 'outputs[0]', 'a `render` function']
  ])('refuses %o', (output, place, problem) => {
    expect(() => checkOutputs([output])).toThrow(`for \`${place}\`, expected ${problem}`)
  })

  it('names an output by its format, and its index among those checked', () => {
    expect(() => checkOutputs([valid, {...valid, format: 'y', render: 1}])).toThrow(
      new TypeError('Cannot render with `y` for `outputs[1]`, expected a `render` function')
    )
  })

  it('refuses a format twice for one kind, but not for two kinds', () => {
    expect(() => checkOutputs([valid, valid])).toThrow(
      'for `outputs[1]`, expected one output of format `x` for `comparison`, not two'
    )
    expect(() => checkOutputs([{...valid, format: 'md'}], builtInOutputs)).toThrow(
      'for `outputs[0]`, expected one output of format `md` for `comparison`, not two'
    )
    expect(checkOutputs([valid, {...valid, kind: 'agreement'}])).toHaveLength(2)
  })

  it('refuses what is no array', () => {
    expect(() => checkOutputs({outputs: []})).toThrow(
      new TypeError('Cannot render with `object` for `outputs`, expected an array of outputs')
    )
  })
})
