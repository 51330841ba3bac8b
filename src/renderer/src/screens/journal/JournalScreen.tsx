import type { Snapshot } from '../../../../shared/contract/contract'
import { BreaksBesideSpasms } from './BreaksBesideSpasms'
import { EntryList } from './EntryList'
import { Insights } from './Insights'
import { LogSpasmForm } from './LogSpasmForm'
import { Nudge } from './Nudge'
import { Transfer } from './Transfer'
import './journal.css'

export function JournalScreen({ snapshot }: { snapshot: Snapshot }) {
  const { nudge } = snapshot.journal
  return (
    <div className="journal">
      <LogSpasmForm />
      {nudge && <Nudge nudge={nudge} />}
      <Insights journal={snapshot.journal} flareDays={snapshot.flare.days} />
      <BreaksBesideSpasms weeks={snapshot.progress.weeks} insight={snapshot.progress.insight} />
      <EntryList snapshot={snapshot} />
      <Transfer snapshot={snapshot} />
    </div>
  )
}
