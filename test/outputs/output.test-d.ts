import {describe, expectTypeOf, it} from 'vitest'
import type {Output, OutputKind, OutputKinds, outputKinds} from '../../src/outputs/output.js'
import type {RenderOutputOptions} from '../../src/outputs/render-output.js'
import type {Comparison} from '../../src/schema/comparison.js'
import type {EvidenceRow} from '../../src/schema/evidence-row.js'

describe('Output', () => {
  it('lists every kind in `outputKinds`', () => {
    expectTypeOf<(typeof outputKinds)[number]>().toEqualTypeOf<OutputKind>()
  })

  it('renders the value of its kind, with the options of its kind, to text or bytes', () => {
    expectTypeOf<Parameters<Output<'comparison'>['render']>[0]>().toEqualTypeOf<Comparison>()
    expectTypeOf<Parameters<Output<'evidence-rows'>['render']>[0]>().toEqualTypeOf<
      readonly EvidenceRow[]
    >()
    expectTypeOf<Parameters<Output<'comparison'>['render']>[1]>().toEqualTypeOf<
      OutputKinds['comparison']['options']
    >()
    expectTypeOf<ReturnType<Output['render']>>().toEqualTypeOf<string | Uint8Array>()
  })

  it('is a union discriminated by `kind`', () => {
    const narrow = (output: Output) => {
      if (output.kind === 'comparison') expectTypeOf(output).toEqualTypeOf<Output<'comparison'>>()
    }
    expectTypeOf(narrow).toBeFunction()
  })

  it('takes the options of the kind and `outputs` in `renderOutput`', () => {
    expectTypeOf<RenderOutputOptions<'codings'>>().toHaveProperty('explain')
    expectTypeOf<RenderOutputOptions<'comparison'>>().toHaveProperty('outputs')
  })
})
