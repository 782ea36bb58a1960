// The recorded answers of the real held-out set, kept in the repository without the documents'
// text. The contributions' text never enters the project, but a model's answer quotes it: so the
// committed file is the batch output file with every stretch of 20 characters or more that is,
// character for character, in the text the model was sent (its quotes, and phrases its reasons
// quote) replaced by a marker of where it is in that text ("\u0000START:END\u0000" inside the JSON
// string), and each answer's SHA-256 kept beside it. `unpackAnswers` puts the
// quotes back from the corpus and checks each answer against its SHA-256, so that what is replayed
// is byte for byte what the model answered (an answer that does not come back whole is an error,
// never a silent difference). Nothing else is changed: no answer is edited.
//
//   node bench/recorded-answers.js pack <batch-output.jsonl> <corpus dir> <out.jsonl>
//   node bench/recorded-answers.js unpack <packed.jsonl> <corpus dir> <out.jsonl>
//
// Both need the corpus (the requests' texts are rebuilt from it), as `npm run validate:code` does.

import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'
import {createLlmCoder, defaultCodebook, parseContribution} from '../dist/index.js'
import {loadFiles} from '../dist/node.js'

/** The settings the held-out set's requests were made with. */
export const recordedSettings = {model: 'general-purpose-llm', runs: 1}

const hash = (text) => bytesToHex(sha256(new TextEncoder().encode(text)))
// A JSON string literal in raw JSON text: a quote, then escapes or anything but a quote or a
// backslash, then a quote.
const literal = /"(?:[^"\\]|\\.)*"/g
const marker = /\\u0000(\d+):(\d+)\\u0000/g

/** The texts sent to the model, by request key, for the documents of a folder. */
export async function requestTexts(folder, names) {
  const coder = createLlmCoder(recordedSettings)
  const texts = new Map()
  for (const file of await loadFiles(
    names.map((name) => join(folder, name)),
    {extensions: ['.txt']}
  )) {
    const fatal = file.messages.find((message) => message.fatal)
    if (fatal) throw new Error(`${file.path}: ${fatal.reason}`)
    const {contribution} = parseContribution(file)
    for (const request of coder.requestsFor(contribution, defaultCodebook))
      texts.set(request.key, request.document.text)
  }
  return texts
}

function contentOf(line) {
  return line.response.body.choices[0].message.content
}

function withContent(line, content) {
  const copy = structuredClone(line)
  copy.response.body.choices[0].message.content = content
  return copy
}

/** Shortest stretch of the text replaced by a marker. */
const shortest = 20

/**
 * A string's value with every stretch of at least `shortest` characters that is in the text (a
 * quote, or a phrase a reason quotes) replaced by a marker of its place, `\0START:END\0`.
 */
function mask(value, text) {
  let masked = ''
  let index = 0
  while (index < value.length) {
    let end = index + shortest
    if (end <= value.length && text.includes(value.slice(index, end))) {
      while (end < value.length && text.includes(value.slice(index, end + 1))) end++
      const at = text.indexOf(value.slice(index, end))
      masked += `\u0000${at}:${at + end - index}\u0000`
      index = end
    } else {
      masked += value[index]
      index++
    }
  }
  return masked
}

/** Replace each stretch of the request's text that the answer holds with a marker of its place. */
export function packAnswers(batchText, texts) {
  return batchText
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((raw) => {
      const line = JSON.parse(raw)
      const text = texts.get(line.custom_id)
      if (text === undefined) throw new Error(`No request of the corpus has key ${line.custom_id}`)
      const content = contentOf(line)
      const packed = content.replace(literal, (found) => {
        const value = JSON.parse(found)
        // Only literals written as JSON.stringify writes them come back byte for byte.
        if (JSON.stringify(value) !== found) return found
        return JSON.stringify(mask(value, text))
      })
      const result = withContent(line, packed)
      result.wgec_content_sha256 = hash(content)
      if (unpackLine(result, texts) !== content)
        throw new Error(`${line.custom_id}: does not unpack`)
      return JSON.stringify(result)
    })
    .join('\n')
    .concat('\n')
}

function unpackLine(line, texts) {
  const text = texts.get(line.custom_id)
  if (text === undefined) throw new Error(`No request of the corpus has key ${line.custom_id}`)
  return contentOf(line).replace(marker, (_, start, end) =>
    JSON.stringify(text.slice(Number(start), Number(end))).slice(1, -1)
  )
}

/** Put the quotes back and check every answer against its SHA-256: the batch output file. */
export function unpackAnswers(packedText, texts) {
  return packedText
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((raw) => {
      const line = JSON.parse(raw)
      const content = unpackLine(line, texts)
      if (hash(content) !== line.wgec_content_sha256)
        throw new Error(
          `The answer ${line.custom_id} does not come back whole from the corpus (SHA-256 differs): is the corpus the one it was recorded on?`
        )
      const result = withContent(line, content)
      delete result.wgec_content_sha256
      return JSON.stringify(result)
    })
    .join('\n')
    .concat('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, input, folder, output] = process.argv.slice(2)
  if (!['pack', 'unpack'].includes(command) || !input || !folder || !output) {
    process.stderr.write(
      'usage: node bench/recorded-answers.js pack|unpack <in.jsonl> <corpus dir> <out.jsonl>\n'
    )
    process.exit(2)
  }
  const gold = JSON.parse(
    readFileSync(new URL('../fixtures/netmundial-2014-fresh/gold.json', import.meta.url), 'utf8')
  )
  const texts = await requestTexts(folder, [...new Set(gold.map((coding) => coding.file))])
  const text = readFileSync(input, 'utf8')
  writeFileSync(output, command === 'pack' ? packAnswers(text, texts) : unpackAnswers(text, texts))
}
