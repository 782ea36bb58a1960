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
    const {contribution} = parseContribution(source, {consultation: 'wgec-2016'})
    const block = contribution.answers[0]?.blocks[0]
    expect(block).toMatchObject({type: 'paragraph', text: 'It is a process.'})
    const sentence = block?.type === 'paragraph' ? block.sentences[0] : undefined
    expect(source.slice(sentence?.place.start.offset, sentence?.place.end.offset)).toBe(
      'It is a <b>process</b>.'
    )
  })
})

describe('reading a web page that republishes a contribution', () => {
  const page = `<!doctype html><html lang="es"><head><title>Contribución de Ecuador | Observatorio</title></head>
<body><header><p>Observatorio de la Sociedad Civil</p><nav><ul><li><a href="/">Inicio</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
<main><article><h1>Contribución del Gobierno del Ecuador al WGEC</h1>
<h2>¿Cuáles son las características de alto nivel de la “cooperación reforzada”?</h2>
<p>La cooperación reforzada debe permitir a los gobiernos cumplir su papel.</p></article></main>
<aside><p>Entradas recientes</p></aside>
<footer><p>© 2016 Observatorio. Todos los derechos reservados.</p></footer></body></html>`
  const {contribution, messages} = parseContribution(new VFile({path: 'ecuador.html', value: page}))

  it('reads only the content of `<main>`, and its `<h1>` as the title', () => {
    expect(contribution.title).toBe('Contribución del Gobierno del Ecuador al WGEC')
    expect(contribution.submitter).toMatchObject({group: 'government', country: 'ECU'})
    expect(contribution.answers.map((answer) => answer.blocks.length)).toEqual([1])
    expect(JSON.stringify(contribution)).not.toContain('Observatorio')
  })

  it('reports each piece of chrome it drops, with its place', () => {
    const dropped = messages.filter((message) => message.ruleId === 'dropped-page-chrome')
    expect(dropped.map((message) => message.reason.match(/`(.*)`$/)?.[1])).toEqual([
      'Observatorio de la Sociedad Civil Inicio Blog',
      'Entradas recientes',
      '© 2016 Observatorio. Todos los derechos reservados.'
    ])
    expect(dropped[0]?.place).toMatchObject({start: {line: 2, column: 7}})
  })

  it('takes the `<title>` without the site name when the content has no `<h1>`', () => {
    const {contribution: untitled} = parseContribution(
      new VFile({
        path: 'page.html',
        value: page.replace(/<h1>.*?<\/h1>/, '')
      })
    )
    expect(untitled.title).toBe('Contribución de Ecuador')
  })

  it('drops a `<nav>` menu in a page without `<main>` or one `<article>`', () => {
    const {contribution: plain, messages: reported} = parseContribution(
      new VFile({path: 'page.html', value: page.replaceAll(/<\/?(?:main|article)>/g, '')})
    )
    expect(JSON.stringify(plain)).not.toContain('Inicio')
    expect(reported.filter((message) => message.ruleId === 'dropped-page-chrome')).toHaveLength(1)
  })
})

describe('options.maxDepth in the HTML reader', () => {
  const nested = `<!doctype html><html><body>${'<div>'.repeat(40)}<ul><li>One.</li><li>Two.</li></ul>${'</div>'.repeat(40)}</body></html>`
  const types = (options: Parameters<typeof parseContribution>[1]) =>
    parseContribution(nested, {format: 'html', ...options}).contribution.preamble.map(
      (block) => block.type
    )

  it('reads elements nested deeper than 32 as one paragraph by default', () => {
    expect(types({})).toEqual(['paragraph'])
  })

  it('reads them as structure up to the depth given', () => {
    expect(types({maxDepth: 64})).toEqual(['list'])
  })

  it('reads a page nested deeper than the depth given as text', () => {
    const {messages} = parseContribution(nested, {format: 'html', maxDepth: 16})
    expect(messages.map((message) => message.ruleId)).toContain('too-deeply-nested')
  })
})

describe('a definition list of metadata', () => {
  const page = (terms: string) =>
    `<!doctype html><html><body><main><h1>Response</h1><dl>${terms}</dl><h2>What are the high level characteristics of enhanced cooperation?</h2><p>Openness.</p></main></body></html>`

  it('reads a term that names a field (`<dt>Country</dt>`) with its value in the `<dd>`', () => {
    const {contribution} = parseContribution(
      page(
        '<dt>Submitted by</dt><dd><em>Kestrel Valley Radio Trust</em></dd><dt>Country</dt><dd>Namibia</dd>'
      ),
      {format: 'html'}
    )
    expect(contribution.submitter).toMatchObject({
      name: 'Kestrel Valley Radio Trust',
      country: 'NAM'
    })
  })

  it('reads a term that names no field as text', () => {
    const {contribution} = parseContribution(page('<dt>Colour</dt><dd>Namibia</dd>'), {
      format: 'html'
    })
    expect(contribution.submitter.country).toBeUndefined()
    expect(
      contribution.preamble.map((block) => (block.type === 'paragraph' ? block.text : ''))
    ).toContain('Colour')
  })
})
