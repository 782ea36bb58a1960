const replacements: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '"': '\\textquotedbl{}',
  '`': '\\textasciigrave{}',
  '[': '{[}',
  ']': '{]}',
  '-': '-{}',
  '\u00A0': '~',
  '\r\n': ' ',
  '\r': ' ',
  '\n': ' '
}

const special = /\r\n|[\r\n\\#$%&_{}~^<>|"`[\]\u00A0]|-(?=-)/g

/**
 * Escape text for LaTeX in text mode (a table cell, a caption), in one pass so that nothing is
 * escaped twice.
 *
 * The ten special characters `\ # $ % & _ { } ~ ^` print as themselves (`~` no longer being a
 * non-breaking space); `< > |` and `"`, which the OT1 font encoding prints as other glyphs, use
 * their text commands; brackets are braced so that a cell starting with `[` is not read as the
 * optional argument of the `\\` before it; a hyphen before a hyphen is ended with `{}` so that
 * `--` does not become a dash; a backtick is printed as a grave accent, not an opening quote; a
 * no-break space (U+00A0) becomes `~`; line breaks become spaces, since a blank line ends a
 * paragraph and breaks a `tabular` row. Other characters, non-ASCII included, are left as they
 * are: compile as UTF-8 (the default since LaTeX 2018), and with a font that has them.
 *
 * @param value
 *   Plain text.
 * @returns
 *   LaTeX source that prints `value`.
 * @throws {TypeError}
 *   When `value` is not a string.
 * @example
 *   escapeLatex('50% of R&D_costs') // => '50\\% of R\\&D\\_costs'
 *   escapeLatex('~a^b') // => '\\textasciitilde{}a\\textasciicircum{}b'
 */
export function escapeLatex(value: string): string {
  if (typeof value !== 'string') {
    throw new TypeError(`Cannot escape \`${String(value)}\` for \`value\`, expected a string`)
  }
  return value.replace(special, (match) => replacements[match] ?? match)
}
