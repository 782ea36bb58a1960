// Baseline for the CLI benchmark: read every file of a folder and parse it with bare remark-parse.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import process from 'node:process'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse)
const walk = (folder) =>
  readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]
  )
for (const path of walk(process.argv[2])) processor.parse(readFileSync(path, 'utf8'))
