/**
 * Submitter names that break naive renderers: every LaTeX special character, quotes, non-ASCII
 * Latin letters, a long word with no space, and spreadsheet formulas. All fictional.
 */
export const hostileNames: readonly string[] = [
  'Smith, "Jones" & Co {R&D} 50% $5 #1 ^_^ ~home\\path',
  'Fundação Ñandú – Øresund Łódź Ærø «Société» ‘quoted’ “twice”',
  '=HYPERLINK("http://example.invalid/steal?data=1","Click here")',
  '+1 Coalition for Open Networks',
  '-Dash Collective @ the_long_underscored_name_of_a_network_operator',
  'https://very-long-domain-name-of-a-fictional-internet-society.example.invalid/path/to/page',
  '<b>Bold</b> | Pipe [bracket] `tick` -- double--dash'
]
