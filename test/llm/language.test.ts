import {readFileSync} from 'node:fs'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {wgec} from '../cli/run-wgec.js'

const fixture = 'test/fixtures/llm/girassol-network.md'
const read = (name: string) =>
  parseContribution(readFileSync(new URL(`../fixtures/llm/${name}`, import.meta.url), 'utf8'))
    .contribution

describe('the rule coder and a language its codebook has no indicators for', () => {
  it('says so (language-not-in-codebook) instead of a silent unstated', async () => {
    const messages: VFileMessage[] = []
    const positions = await ruleCoder.code(read('girassol-network.md'), defaultCodebook, {
      report: (message) => messages.push(message)
    })
    expect(positions.every((position) => position.stance === 'unstated')).toBe(true)
    expect(messages.map((message) => message.ruleId)).toEqual(['language-not-in-codebook'])
    expect(messages[0]?.reason).toContain('`pt`')
    expect(messages[0]?.reason).toContain('`en`, `es`, `fr`')
  })

  it('says nothing of a language it has', async () => {
    const messages: VFileMessage[] = []
    await ruleCoder.code(read('orchid-network.md'), defaultCodebook, {
      report: (message) => messages.push(message)
    })
    expect(messages).toEqual([])
  })

  it('the CLI reports it as a warning on that file', async () => {
    const {code, stderr} = await wgec('code', fixture)
    expect(code).toBe(0)
    expect(stderr).toContain('language-not-in-codebook')
    expect(stderr).toContain(fixture)
  })
})
