import type { RecurrenceNudge } from '../../../../shared/journal'

/** Unknot's gentle suggestion to get checked; the text itself says it is a rule of thumb, not a guideline. */
export function Nudge({ nudge }: { nudge: RecurrenceNudge }) {
  return (
    <aside className="journal-nudge" aria-labelledby="nudge-heading">
      <h2 id="nudge-heading">Worth getting checked?</h2>
      <p>{nudge.text}</p>
      <a className="button" href="#/red-flags">
        Open the red-flag checker
      </a>
    </aside>
  )
}
