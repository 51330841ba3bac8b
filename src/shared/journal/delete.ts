import { fail, ok } from '../kernel/result'
import type { JournalResult } from './commands'
import {
  deleteEntryPayload,
  firstIssue,
  undoDeletePayload,
  type DeleteEntryPayload,
  type UndoDeletePayload,
} from './schema'
import { insertEntry, type JournalState } from './state'
import { msg } from '../i18n/catalog'

export function deleteEntry(state: JournalState, payload: DeleteEntryPayload): JournalResult {
  const parsed = deleteEntryPayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  const index = state.entries.findIndex((entry) => entry.id === parsed.data.id)
  const entry = state.entries[index]
  if (!entry) return fail(msg('That entry is no longer in the journal.'))
  const entries = state.entries.filter((_, position) => position !== index)
  return ok({ ...state, entries, lastDeleted: { entry } }, [{ type: 'entry-deleted', id: entry.id }])
}

/** Puts back the most recently deleted entry, in its place by time. Only one level of undo. */
export function undoDelete(state: JournalState, payload: UndoDeletePayload = {}): JournalResult {
  const parsed = undoDeletePayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  const deleted = state.lastDeleted
  if (!deleted) return fail(msg('There is nothing to undo.'))
  if (state.entries.some((entry) => entry.id === deleted.entry.id)) return fail(msg('That entry is already back.'))
  return ok({ ...state, entries: insertEntry(state.entries, deleted.entry), lastDeleted: null }, [
    { type: 'entry-restored', id: deleted.entry.id },
  ])
}
