import type { Snapshot } from '../../../../shared/contract'

export function JournalScreen({ snapshot }: { snapshot: Snapshot }) {
  return <p>{snapshot.journal.entries.length} entries</p>
}
