import { z } from 'zod'
import { msg } from '../i18n/catalog'
import type { Message } from '../kernel/message'
import { firstOfEachId, isRecord, nextNumber, salvageList, type RestoredPart, type Salvaged } from '../kernel/salvage'
import { routineSchema, type Routine } from './model'
import { CUSTOM_PREFIX, customIdSchema } from './schema'
import type { HistoryEntry, RoutinesState } from './state'

const wall = z.int().min(0)

/** One finished session as stored: the rating, when given, is the 0–10 answer to "How does your back feel?". */
export const storedHistoryEntrySchema: z.ZodType<HistoryEntry> = z.object({
  sessionId: z.string().min(1),
  routineId: z.string().min(1),
  routineName: z.string(),
  startedWall: wall,
  endedWall: wall,
  completed: z.boolean(),
  durationMs: z.int().min(0),
  rating: z.int().min(0).max(10).nullable(),
})

export const storedCustomRoutineSchema: z.ZodType<Routine> = routineSchema.extend({ id: customIdSchema })

const numberAfter = (prefix: string) => (id: string) => {
  const match = new RegExp(`^${prefix}(\\d+)$`).exec(id)
  return match ? [Number(match[1])] : []
}

function setAsideNotes(history: Salvaged<unknown>, custom: Salvaged<unknown>): Message[] {
  const note = (text: string, list: Salvaged<unknown>): Message[] =>
    list.setAside > 0 ? [{ text, values: { count: list.setAside, total: list.total } }] : []
  return [
    ...note(msg('Routines of yours that could not be read were set aside: {{count}} of {{total}}.'), custom),
    ...note(
      msg('Sessions in your routine history that could not be read were set aside: {{count}} of {{total}}.'),
      history,
    ),
  ]
}

/**
 * The stored routines, each record validated: a record that does not fit is set aside and the rest are kept. Null
 * when the part is not readable at all (not an object, or a list that is not a list). A session that was playing is
 * dropped: its timeline was on a monotonic clock that restarted.
 */
export function restoreRoutines(saved: unknown): RestoredPart<RoutinesState> | null {
  if (!isRecord(saved)) return null
  const history = salvageList(storedHistoryEntrySchema, saved['history'])
  const stored = saved['customRoutines'] ?? []
  const custom = salvageList(storedCustomRoutineSchema, stored)
  if (!history || !custom) return null
  const customRoutines = firstOfEachId(custom, (routine) => routine.id)
  return {
    state: {
      session: null,
      history: history.kept,
      customRoutines: customRoutines.kept,
      nextCustomNumber: nextNumber(
        saved['nextCustomNumber'],
        customRoutines.kept.flatMap((routine) => numberAfter(CUSTOM_PREFIX)(routine.id)),
      ),
      nextSessionNumber: nextNumber(
        saved['nextSessionNumber'],
        history.kept.flatMap((entry) => numberAfter('session-')(entry.sessionId)),
      ),
    },
    setAside: setAsideNotes(history, customRoutines),
  }
}
