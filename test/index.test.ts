import {describe, expect, it} from 'vitest'
import * as wgec from '../src/index.js'

describe('the public API', () => {
  it('exports exactly these names, in alphabetical order in the source', () => {
    expect(Object.keys(wgec).sort()).toEqual([
      'Agreement',
      'AgreementScores',
      'Answer',
      'Author',
      'Block',
      'Citation',
      'Code',
      'Codebook',
      'Coding',
      'Consultation',
      'ConsultationProfile',
      'Contribution',
      'Cues',
      'Dimension',
      'DimensionAgreement',
      'Disagreement',
      'Evidence',
      'Footnote',
      'Header',
      'Heading',
      'Indicator',
      'List',
      'ListItem',
      'Paragraph',
      'Place',
      'Point',
      'Pole',
      'Position',
      'Question',
      'Quote',
      'Reference',
      'RegionalGroup',
      'Sentence',
      'Source',
      'StakeholderGroup',
      'Submitter',
      'Table',
      'UnmatchedCoding',
      'codePositions',
      'cohensKappa',
      'compilePattern',
      'consultations',
      'defaultCodebook',
      'findCountry',
      'krippendorffAlpha',
      'loadCodebook',
      'measureAgreement',
      'parseContribution',
      'percentAgreement',
      'readCodings',
      'regionalGroupOf',
      'regionalGroups',
      'resolveCountry',
      'rules',
      'toCodings',
      'toJsonSchema',
      'wgec2013',
      'wgec2016'
    ])
  })

  it('ships consultation profiles that validate against their own schema', () => {
    for (const profile of wgec.consultations) {
      expect(wgec.ConsultationProfile.safeParse(profile).error).toBeUndefined()
    }
  })
})
