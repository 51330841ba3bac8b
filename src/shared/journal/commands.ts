import type { Result } from '../kernel/result'
import { fail, ok } from '../kernel/result'
import type { Instant } from '../kernel/time'
import { recurrenceNudge } from './insights'
import {
  editEntryPayload,
  firstIssue,
  logRatingPayload,
  logSpasmPayload,
  type EditEntryPayload,
  type JournalEntry,
  type LogRatingPayload,
  type LogSpasmPayload,
} from './schema'
import { byWall, insertEntry, nextId, type JournalEvent, type JournalState } from './state'
import { msg } from '../i18n/catalog'

export type JournalResult = Result<JournalState, JournalEvent>

const FUTURE_MESSAGE = msg('An entry cannot be dated in the future.')

function added(state: JournalState, entry: JournalEntry): JournalState {
  return { ...state, entries: insertEntry(state.entries, entry), nextSeq: state.nextSeq + 1 }
}

export function logSpasm(state: JournalState, payload: LogSpasmPayload, at: Instant): JournalResult {
  const parsed = logSpasmPayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  const { wall = at.wall, ...fields } = parsed.data
  if (wall > at.wall) return fail(FUTURE_MESSAGE)
  const id = nextId(state, wall)
  const next = added(state, { kind: 'spasm', id, wall, ...fields })
  const events: JournalEvent[] = [{ type: 'spasm-logged', id }]
  const before = recurrenceNudge(state, at)
  const after = recurrenceNudge(next, at)
  if (after && !before) events.push({ type: 'recurrence-nudge', reason: after.reason })
  return ok(next, events)
}

export function logRating(state: JournalState, payload: LogRatingPayload, at: Instant): JournalResult {
  const parsed = logRatingPayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  const id = nextId(state, at.wall)
  return ok(added(state, { kind: 'rating', id, wall: at.wall, ...parsed.data }), [{ type: 'rating-logged', id }])
}

/** Changes the given fields of a spasm episode; ratings come from their own features and are not edited here. */
export function editEntry(state: JournalState, payload: EditEntryPayload, at: Instant): JournalResult {
  const parsed = editEntryPayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  const { id, ...changes } = parsed.data
  const entry = state.entries.find((existing) => existing.id === id)
  if (!entry) return fail(msg('That entry is no longer in the journal.'))
  if (entry.kind !== 'spasm') return fail(msg('Only spasm episodes can be edited.'))
  if (changes.wall !== undefined && changes.wall > at.wall) return fail(FUTURE_MESSAGE)
  const edited: JournalEntry = {
    ...entry,
    area: changes.area ?? entry.area,
    side: changes.side ?? entry.side,
    intensity: changes.intensity ?? entry.intensity,
    trigger: changes.trigger ?? entry.trigger,
    note: changes.note ?? entry.note,
    wall: changes.wall ?? entry.wall,
  }
  const entries = state.entries.map((existing) => (existing.id === id ? edited : existing)).sort(byWall)
  return ok({ ...state, entries }, [{ type: 'entry-edited', id }])
}
