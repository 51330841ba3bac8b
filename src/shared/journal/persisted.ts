import { msg } from '../i18n/catalog'
import { firstOfEachId, isRecord, nextNumber, salvageList, type RestoredPart } from '../kernel/salvage'
import { journalEntrySchema } from './schema'
import { byWall, type JournalState } from './state'

/** The counter in an id the journal made itself (`<wall>-<counter>`, base 36); imported ids may hold none. */
function counterIn(id: string): number[] {
  const match = /^[0-9a-z]+-([0-9a-z]+)$/.exec(id)
  return match?.[1] ? [parseInt(match[1], 36)] : []
}

/**
 * The stored journal, each entry validated as a logged one is: an entry that does not fit (a missing field, an
 * intensity of 99, an id used twice) is set aside and every other entry is kept. Null when the part is not readable
 * at all (not an object, or entries that are not a list).
 */
export function restoreJournal(saved: unknown): RestoredPart<JournalState> | null {
  if (!isRecord(saved)) return null
  const salvaged = salvageList(journalEntrySchema, saved['entries'])
  if (!salvaged) return null
  const entries = firstOfEachId(salvaged, (entry) => entry.id)
  return {
    state: {
      entries: [...entries.kept].sort(byWall),
      nextSeq: nextNumber(
        saved['nextSeq'],
        entries.kept.flatMap((entry) => counterIn(entry.id)),
      ),
      lastDeleted: null,
    },
    setAside:
      entries.setAside > 0
        ? [
            {
              text: msg('Journal entries that could not be read were set aside: {{count}} of {{total}}.'),
              values: { count: entries.setAside, total: entries.total },
            },
          ]
        : [],
  }
}
