import {describe, expect, it} from 'vitest'
import * as wgec from '../src/index.js'

describe('the public API', () => {
  it('exports exactly these names, in alphabetical order in the source', () => {
    expect(Object.keys(wgec).sort()).toEqual([
      'Answer',
      'Author',
      'Block',
      'Citation',
      'Code',
      'Consultation',
      'ConsultationProfile',
      'Contribution',
      'Footnote',
      'Header',
      'Heading',
      'List',
      'ListItem',
      'Paragraph',
      'Place',
      'Point',
      'Question',
      'Quote',
      'Reference',
      'RegionalGroup',
      'Sentence',
      'Source',
      'StakeholderGroup',
      'Submitter',
      'Table',
      'consultations',
      'findCountry',
      'parseContribution',
      'regionalGroupOf',
      'regionalGroups',
      'resolveCountry',
      'rules',
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
