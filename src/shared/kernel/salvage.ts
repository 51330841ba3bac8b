import type { z } from 'zod'
import type { Message } from './message'

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A stored list after validation: the records that are fit to use, and how many were set aside. */
export interface Salvaged<T> {
  kept: T[]
  setAside: number
  total: number
}

/** Keeps each record `schema` accepts, in order, and counts the rest; null when `raw` is not a list at all. */
export function salvageList<T>(schema: z.ZodType<T>, raw: unknown): Salvaged<T> | null {
  if (!Array.isArray(raw)) return null
  const kept: T[] = []
  for (const record of raw) {
    const parsed = schema.safeParse(record)
    if (parsed.success) kept.push(parsed.data)
  }
  return { kept, setAside: raw.length - kept.length, total: raw.length }
}

/** What a domain made of its stored part: its state, and a sentence for each list it had to set records aside from. */
export interface RestoredPart<S> {
  state: S
  setAside: Message[]
}

/**
 * The next number of a counter that makes ids: the stored one when it is a whole number of at least 1, but always
 * past every number already used, so an id is never made twice even when the stored counter was damaged.
 */
export function nextNumber(stored: unknown, used: readonly number[]): number {
  const saved = typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1
  return used.reduce((next, number) => Math.max(next, number + 1), saved)
}

/** Sets aside every record after the first with the same id (edits and deletions find records by id). */
export function firstOfEachId<T>(list: Salvaged<T>, idOf: (record: T) => string): Salvaged<T> {
  const seen = new Set<string>()
  const kept = list.kept.filter((record) => {
    const id = idOf(record)
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  return { kept, setAside: list.setAside + list.kept.length - kept.length, total: list.total }
}
