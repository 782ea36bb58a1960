import {location} from 'vfile-location'
import type {Place, Point} from '../../schema/place.js'
import type {TextRun} from './text-run.js'

/** Turns source offsets into points and places. */
export interface Locator {
  point(offset: number): Point
  place(start: number, end: number): Place
  /** The place of part of a run, `start` and `end` being indexes in the run's text. */
  runPlace(run: TextRun, start?: number, end?: number): Place
}

/**
 * Create a locator for a source text.
 *
 * @param source
 *   The whole source text.
 * @returns
 *   The locator.
 */
export function createLocator(source: string): Locator {
  const {toPoint} = location(source)
  const point = (offset: number): Point => {
    const clamped = Math.max(0, Math.min(offset, source.length))
    const found = toPoint(clamped)
    return {line: found?.line ?? 1, column: found?.column ?? 1, offset: clamped}
  }

  const place = (start: number, end: number): Place => ({start: point(start), end: point(end)})

  return {
    point,
    place,
    runPlace(run, start = 0, end = run.text.length) {
      const from = run.offsets[start] ?? 0
      const to = end > start ? (run.offsets[end - 1] ?? from) + 1 : from
      return place(from, Math.max(from, to))
    }
  }
}
