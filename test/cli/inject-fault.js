// Preloaded into the CLI by test/cli/isolation.test.ts (`node --import`): sentence splitting throws
// on a text that holds the marker below, standing in for a bug that one file's content triggers.
const segment = Intl.Segmenter.prototype.segment
Intl.Segmenter.prototype.segment = function (text) {
  if (String(text).includes('FAULT-INJECTED'))
    throw new RangeError('Maximum call stack size exceeded')
  return segment.call(this, text)
}
