import type { RedFlagOutcome } from '../../../../shared/content'
import type { JournalEntry, SpasmArea, SpasmSide, SpasmTrigger } from '../../../../shared/journal'

export const AREA_LABEL: Record<SpasmArea, string> = { lower: 'Lower back', upper: 'Upper back', neck: 'Neck' }
export const SIDE_LABEL: Record<SpasmSide, string> = {
  left: 'Left',
  right: 'Right',
  both: 'Both sides',
  centre: 'Middle',
}
export const TRIGGER_LABEL: Record<SpasmTrigger, string> = {
  lifting: 'Lifting',
  'long-sitting': 'Long sitting',
  stress: 'Stress',
  exercise: 'Exercise',
  'woke-up': 'Woke up with it',
  other: 'Other',
}
const OUTCOME_LABEL: Record<RedFlagOutcome, string> = {
  emergency: 'get emergency care now',
  urgent: 'get medical advice today',
  appointment: 'book an appointment',
  'self-care': 'looking after yourself is reasonable',
}
const RATING_SOURCE_LABEL = {
  routine: 'Pain after a routine',
  therapy: 'Pain after a heat or cold session',
  break: 'Pain after a break',
  'red-flags': 'Red-flag check',
} as const

/** One line that says what an entry is, in words. `names` maps routine ids to their names. */
export function describeEntry(entry: JournalEntry, names: ReadonlyMap<string, string>): string {
  if (entry.kind === 'spasm') {
    return `Spasm: ${AREA_LABEL[entry.area]}, ${SIDE_LABEL[entry.side].toLowerCase()}, intensity ${entry.intensity} of 10, ${TRIGGER_LABEL[entry.trigger].toLowerCase()}`
  }
  if (entry.outcome !== null) return `${RATING_SOURCE_LABEL[entry.source]}: ${OUTCOME_LABEL[entry.outcome]}`
  const what = entry.ref ? ` (${names.get(entry.ref) ?? entry.ref})` : ''
  return `${RATING_SOURCE_LABEL[entry.source]}${what}: ${entry.rating ?? '–'} of 10`
}

/** "Wed 25 Nov, 09:00" in the companion's time zone. */
export function formatWhen(wall: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(wall)
}

/** "23 Nov" from a local date key "2026-11-23". */
export function formatDay(dayKey: string): string {
  const [year, month, day] = dayKey.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return dayKey
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    Date.UTC(year, month - 1, day),
  )
}
