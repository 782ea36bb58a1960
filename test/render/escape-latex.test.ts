import {describe, expect, it} from 'vitest'
import {escapeLatex} from '../../src/render/escape-latex.js'

describe('escapeLatex', () => {
  it.each([
    ['\\', '\\textbackslash{}'],
    ['#', '\\#'],
    ['$', '\\$'],
    ['%', '\\%'],
    ['&', '\\&'],
    ['_', '\\_'],
    ['{', '\\{'],
    ['}', '\\}'],
    ['~', '\\textasciitilde{}'],
    ['^', '\\textasciicircum{}'],
    ['<', '\\textless{}'],
    ['>', '\\textgreater{}'],
    ['|', '\\textbar{}'],
    ['"', '\\textquotedbl{}'],
    ['`', '\\textasciigrave{}']
  ])('escapes %s as %s', (character, expected) => {
    expect(escapeLatex(`a${character}b`)).toBe(`a${expected}b`)
  })

  it('escapes a backslash before a brace without escaping the braces it adds', () => {
    expect(escapeLatex('\\{}')).toBe('\\textbackslash{}\\{\\}')
  })

  it('writes a no-break space as a tie and a tilde as a printed tilde', () => {
    expect(escapeLatex('Mr\u00A0Smith~Jones')).toBe('Mr~Smith\\textasciitilde{}Jones')
  })

  it('braces brackets so that a cell starting with one is not read as an argument of \\\\', () => {
    expect(escapeLatex('[Draft] note')).toBe('{[}Draft{]} note')
  })

  it('breaks runs of hyphens so that they do not become dashes', () => {
    expect(escapeLatex('a--b---c-d')).toBe('a-{}-b-{}-{}-c-d')
  })

  it('turns every kind of line break into a space', () => {
    expect(escapeLatex('a\nb\r\nc\rd\n\ne')).toBe('a b c d  e')
  })

  it('leaves non-ASCII text as it is', () => {
    expect(escapeLatex('Côte d’Ivoire, 中国 😀')).toBe('Côte d’Ivoire, 中国 😀')
  })

  it('throws on a value that is not a string', () => {
    expect(() => escapeLatex(1 as unknown as string)).toThrow(
      new TypeError('Cannot escape `1` for `value`, expected a string')
    )
  })
})
