import {describe, expect, it} from 'vitest'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {describeProvenance, describeReview} from '../../src/render/describe-comparison.js'
import {toCsv} from '../../src/render/to-csv.js'
import {toHtml} from '../../src/render/to-html.js'
import {toJson} from '../../src/render/to-json.js'
import {toLatex} from '../../src/render/to-latex.js'
import {toMarkdown} from '../../src/render/to-markdown.js'
import {codedFixtures} from '../compare/coded-fixtures.js'
import {sampleComparison} from './sample-comparison.js'

const codings = [
  {contributionId: 'wgec-2016/cuba', dimension: 'mechanism', stance: 'mixed', coder: 'ana'},
  {contributionId: 'wgec-2016/cuba', dimension: 'un-role', stance: 'un-centred', coder: 'ana'}
]
const reviewed = compareContributions(codedFixtures, {codings, samples: 20, seed: 2})

describe('describeProvenance and describeReview', () => {
  it('states the version, coder, codebook hash, bootstrap and inputs in one line', () => {
    const line = describeProvenance(reviewed) ?? ''
    const provenance = reviewed.provenance
    expect(line).not.toContain('\n')
    expect(line).toContain(`Made with wgec ${provenance?.wgec}: coder rules`)
    expect(line).toContain(`(sha256 ${provenance?.codebook.sha256})`)
    expect(line).toContain('seed 2, 20 bootstrap samples')
    expect(line).toContain(
      `${codedFixtures.length} inputs (sha256 of their sha256s ${provenance?.inputsSha256})`
    )
    expect(line).toContain(`2 reviewed codings (sha256 ${provenance?.codings?.sha256})`)
  })

  it('states how many cells a review changed, with the agreement', () => {
    expect(describeReview(reviewed)).toMatch(
      /^Review: 1 cell changed of 2 reviewed; coder and review agree on 50% of them \(Cohen’s kappa -?\d\.\d\d, Krippendorff’s alpha -?\d\.\d\d\)\. † marks/
    )
  })

  it('says nothing for a comparison without provenance or review', () => {
    expect(describeProvenance(sampleComparison)).toBeUndefined()
    expect(describeReview(sampleComparison)).toBeUndefined()
    expect(describeReview(compareContributions(codedFixtures, {samples: 0}))).toBeUndefined()
  })
})

describe('renderers of a reviewed comparison', () => {
  it('mark the reviewed cells and state the review in Markdown', () => {
    const markdown = toMarkdown(reviewed)
    expect(markdown).toContain('1 cell changed of 2 reviewed')
    expect(markdown).toMatch(/\| Cuba +\|[^\n]*mixed \(0\.00\) †[^\n]*un-centred \(-1\.00\) †/)
  })

  it('list the reviewed cells in Markdown, with the coder’s stance and the reviewer', () => {
    const markdown = toMarkdown(reviewed)
    const section = markdown.slice(markdown.indexOf('## Reviewed cells'))
    expect(section).toContain(
      '- Cuba, Mechanism: mixed (coder: intergovernmental; reviewed by ana)'
    )
    expect(section).toContain(
      '- Cuba, Role of the UN: un-centred (coder: un-centred; reviewed by ana)'
    )
    expect(toMarkdown(compareContributions(codedFixtures, {samples: 0}))).not.toContain(
      '## Reviewed cells'
    )
  })

  it('state the provenance in the LaTeX caption', () => {
    const latex = toLatex(reviewed)
    const caption = latex.split('\n').find((line) => line.includes('\\caption')) ?? ''
    expect(caption).toContain('Made with wgec')
    expect(caption).toContain('\\dag{} marks a reviewed cell')
    expect(latex.match(/\\textsuperscript\{\\dag\}/g)).toHaveLength(2)
  })

  it('state the review and provenance in HTML', () => {
    const html = toHtml(reviewed)
    expect(html).toContain('1 cell changed of 2 reviewed')
    expect(html).toContain('Made with wgec')
    expect(html.match(/<span class="reviewed"/g)).toHaveLength(2)
    expect(html).toContain(
      '<span class="reviewed-by"> † reviewed by ana (coder: intergovernmental)'
    )
    expect(html).toMatch(/<title>Cuba · Mechanism: mixed[^<]* · † reviewed by ana<\/title>/)
  })

  it('write provenance columns and, with meta, comment lines in CSV', () => {
    const csv = toCsv(reviewed, {meta: true})
    const [first = '', second = '', header = ''] = csv.split('\n')
    expect(first).toMatch(/^# Made with wgec/)
    expect(second).toMatch(/^# Review: 1 cell changed/)
    expect(header.endsWith('provenance,reviewer,coder_stance,coder_score')).toBe(true)
    expect(csv).toContain(',reviewed,ana,intergovernmental,-1\n')
    expect(toCsv(reviewed).startsWith('contribution,')).toBe(true)
  })

  it('keep provenance, review and excluded documents in JSON', () => {
    const json = JSON.parse(toJson(reviewed)) as typeof reviewed
    expect(json.review?.changed).toBe(1)
    expect(json.provenance?.codings?.count).toBe(2)
    expect(json.excluded?.map((entry) => entry.reason)).toEqual(['not-a-contribution'])
  })
})
