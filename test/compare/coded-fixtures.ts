import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {CodedContribution} from '../../src/schema/coded-contribution.js'
import {fixtureDocuments, readFixture} from '../helpers.js'

/** Every fixture, parsed and coded. */
export const codedFixtures: CodedContribution[] = fixtureDocuments().map((name) => {
  const {contribution} = parseContribution(readFixture(name))
  return {contribution, positions: codePositions(contribution), coder: 'rules'}
})
