// Preloaded into the CLI by test/cli/atomic-writes.test.ts (`node --import`): a write of more
// than WGEC_PAUSE_OVER bytes (`fs.promises.writeFile` or a FileHandle's `writeFile`) writes its
// first half, prints `WGEC-PAUSED` on stderr and never ends, so that the test kills the run
// mid-write, at a known point and without timing.
import fs from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'
import process from 'node:process'

const over = Number(process.env.WGEC_PAUSE_OVER ?? Number.POSITIVE_INFINITY)

/** Write half of `data` with `write`, then wait to be killed. */
async function pause(write, data) {
  await write(data.slice(0, Math.floor(data.length / 2)))
  process.stderr.write('WGEC-PAUSED\n')
  setInterval(() => {}, 1 << 30)
  await new Promise(() => {})
}

const writeFile = fs.promises.writeFile
fs.promises.writeFile = function (path, data, options) {
  if (data.length <= over) return writeFile.call(this, path, data, options)
  return pause((half) => writeFile.call(this, path, half, options), data)
}

const handle = await fs.promises.open(process.execPath, 'r')
const prototype = Object.getPrototypeOf(handle)
await handle.close()
const handleWriteFile = prototype.writeFile
prototype.writeFile = function (data, options) {
  if (data.length <= over) return handleWriteFile.call(this, data, options)
  return pause((half) => handleWriteFile.call(this, half, options), data)
}

syncBuiltinESMExports()
