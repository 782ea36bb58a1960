import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'

const html = `<!doctype html>
<html lang="en">
<head><title>Contribution of Kenya to the WGEC</title><style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a></nav>
<p>Submitted by: Kenya</p>
<h2>What are the high level characteristics of enhanced cooperation?</h2>
<p>Enhanced cooperation &amp; the IGF are <em>complementary</em>.</p>
<ul><li>First point.<ul><li>Sub-point.</li></ul></li><li>Second point.</li></ul>
<h2>Recommendations</h2>
<blockquote><p>Quoted text.</p></blockquote>
<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
<script>alert(1)</script>
<p>Nairobi, 6 December 2016</p>
</body>
</html>`

describe('reading an HTML document', () => {
  const {contribution} = parseContribution(new VFile({path: 'kenya.html', value: html}))

  it('reads the title, the submitter and both questions', () => {
    expect(contribution.source.format).toBe('html')
    expect(contribution.title).toBe('Contribution of Kenya to the WGEC')
    expect(contribution.submitter).toMatchObject({
      name: 'Kenya',
      country: 'KEN',
      regionalGroup: 'african'
    })
    expect(contribution.answers.map((answer) => answer.questionId)).toEqual([
      'wgec-2016/q1',
      'wgec-2016/q2'
    ])
  })

  it('decodes entities and keeps the place of each paragraph', () => {
    const block = contribution.answers[0]?.blocks[0]
    expect(block).toMatchObject({
      type: 'paragraph',
      text: 'Enhanced cooperation & the IGF are complementary.'
    })
    expect(block?.place.start).toMatchObject({line: 8, column: 1})
  })

  it('keeps list nesting, quotes and tables, and drops scripts and styles', () => {
    expect(contribution.answers[0]?.blocks[1]).toMatchObject({
      type: 'list',
      items: [
        {
          blocks: [
            {text: 'First point.'},
            {type: 'list', items: [{blocks: [{text: 'Sub-point.'}]}]}
          ]
        },
        {}
      ]
    })
    expect(contribution.answers[1]?.blocks.map((block) => block.type)).toEqual(['quote', 'table'])
    expect(JSON.stringify(contribution)).not.toContain('alert(1)')
    expect(JSON.stringify(contribution)).not.toContain('color: red')
  })

  it('reads the signature', () => {
    expect([contribution.place, contribution.date]).toEqual(['Nairobi', '2016-12-06'])
  })
})

describe('reading HTML blocks inside Markdown', () => {
  it('recognises a question written as `<p><strong>…</strong></p>`', () => {
    const {contribution} = parseContribution(
      'Submitted by Chile\n\n<p><strong>What are the high level characteristics of enhanced cooperation?</strong></p>\n\nAn answer.\n'
    )
    expect(contribution.answers.map((answer) => [answer.questionId, answer.blocks.length])).toEqual(
      [['wgec-2016/q1', 1]]
    )
  })

  it('keeps a raw `<p>` answer paragraph with the source place of its text', () => {
    const source = '## High-level characteristics\n\n<p>It is a <b>process</b>.</p>\n'
    const {contribution} = parseContribution(source)
    const block = contribution.answers[0]?.blocks[0]
    expect(block).toMatchObject({type: 'paragraph', text: 'It is a process.'})
    const sentence = block?.type === 'paragraph' ? block.sentences[0] : undefined
    expect(source.slice(sentence?.place.start.offset, sentence?.place.end.offset)).toBe(
      'It is a <b>process</b>.'
    )
  })
})
