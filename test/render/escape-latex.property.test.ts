import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {escapeLatex} from '../../src/render/escape-latex.js'

describe('escapeLatex (properties)', () => {
  it('leaves no special character unescaped in any text', () => {
    const escapes =
      /\\(?:textbackslash|textasciitilde|textasciicircum|textless|textgreater|textbar|textquotedbl|textasciigrave)\{\}|\\[#$%&_{}]|\{[[\]]\}|-\{\}/g
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (value) => {
        const rest = escapeLatex(value).replace(escapes, '')
        expect(rest).not.toMatch(/[\\#$%&_{}^\r\n[\]]/)
        expect(rest.replace(/~/g, '').length).toBe(
          rest.length - (value.match(/\u00A0/g)?.length ?? 0)
        )
      })
    )
  })
})
