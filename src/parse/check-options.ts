import {consultations as defaultConsultations} from '../consultations/consultations.js'
import {ConsultationProfile} from '../schema/consultation-profile.js'
import type {ParseContributionOptions} from './parse-contribution.js'
import {builtInReaders} from './readers/readers.js'
import {checkReaders} from './source/check-readers.js'
import {describeValue} from './source/describe-value.js'

/**
 * Check the options of `parseContribution`, throwing at once on misuse.
 *
 * @param options
 *   The options given.
 * @throws {TypeError}
 *   When an option is invalid, with the fixed template `Cannot parse … for \`options.…\``.
 */
export function checkOptions(options: ParseContributionOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `Cannot parse with \`${describeValue(options)}\` for \`options\`, expected object`
    )
  }

  const readers = [...checkReaders(options.readers), ...builtInReaders]
  const formats = readers.map((reader) => reader.format)
  if (options.format !== undefined && !formats.includes(options.format)) {
    throw new TypeError(
      `Cannot parse \`${String(options.format)}\` for \`options.format\`, expected ${formats.map((format) => `\`${format}\``).join(', ')}`
    )
  }

  if (
    options.maxDepth !== undefined &&
    !(Number.isInteger(options.maxDepth) && options.maxDepth > 0)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.maxDepth)}\` for \`options.maxDepth\`, expected a positive whole number`
    )
  }

  if (
    options.maxMessagesPerRule !== undefined &&
    !(Number.isInteger(options.maxMessagesPerRule) && options.maxMessagesPerRule > 0)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.maxMessagesPerRule)}\` for \`options.maxMessagesPerRule\`, expected a positive whole number`
    )
  }

  if (
    options.maxSize !== undefined &&
    !(typeof options.maxSize === 'number' && options.maxSize > 0)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.maxSize)}\` for \`options.maxSize\`, expected a positive number`
    )
  }

  const profiles = options.consultations ?? defaultConsultations
  if (options.consultations !== undefined) {
    if (!Array.isArray(options.consultations)) {
      throw new TypeError(
        `Cannot parse with \`${describeValue(options.consultations)}\` for \`options.consultations\`, expected an array of consultation profiles`
      )
    }

    for (const [index, profile] of options.consultations.entries()) {
      const checked = ConsultationProfile.safeParse(profile)
      if (!checked.success) {
        const issue = checked.error.issues[0]
        throw new TypeError(
          `Cannot parse with an invalid profile for \`options.consultations[${index}]\`: ${issue ? `${issue.path.join('.') || 'profile'}: ${issue.message}` : 'invalid'}`
        )
      }
    }
  }

  if (
    options.consultation !== undefined &&
    !profiles.some((profile) => profile.id === options.consultation)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.consultation)}\` for \`options.consultation\`, expected ${profiles.map((profile) => `\`${profile.id}\``).join(', ')}`
    )
  }
}
