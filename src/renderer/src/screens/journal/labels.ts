import type { RedFlagOutcome } from '../../../../shared/content'
import { msg, type Translate } from '../../../../shared/i18n'
import type { JournalEntry, SpasmArea, SpasmSide, SpasmTrigger } from '../../../../shared/journal'

// Labels are English here and translated where they are shown.
export const AREA_LABEL: Record<SpasmArea, string> = {
  lower: msg('Lower back'),
  upper: msg('Upper back'),
  neck: msg('Neck'),
}
export const SIDE_LABEL: Record<SpasmSide, string> = {
  left: msg('Left'),
  right: msg('Right'),
  both: msg('Both sides'),
  centre: msg('Middle'),
}
export const TRIGGER_LABEL: Record<SpasmTrigger, string> = {
  lifting: msg('Lifting'),
  'long-sitting': msg('Long sitting'),
  stress: msg('Stress'),
  exercise: msg('Exercise'),
  'woke-up': msg('Woke up with it'),
  other: msg('Other'),
}
const OUTCOME_LABEL: Record<RedFlagOutcome, string> = {
  emergency: msg('get emergency care now'),
  urgent: msg('get medical advice today'),
  appointment: msg('book an appointment'),
  'self-care': msg('looking after yourself is reasonable'),
}
const RATING_SOURCE_LABEL = {
  routine: msg('Pain after a routine'),
  therapy: msg('Pain after a heat or cold session'),
  break: msg('Pain after a break'),
  'red-flags': msg('Red-flag check'),
} as const

/** One line that says what an entry is, in words and in `t`'s language. `names` maps routine ids to their names. */
export function describeEntry(entry: JournalEntry, names: ReadonlyMap<string, string>, t: Translate): string {
  if (entry.kind === 'spasm') {
    return t('Spasm: {{area}}, {{side}}, intensity {{intensity}} of 10, {{trigger}}', {
      area: t(AREA_LABEL[entry.area]),
      side: t(SIDE_LABEL[entry.side]).toLowerCase(),
      intensity: entry.intensity,
      trigger: t(TRIGGER_LABEL[entry.trigger]).toLowerCase(),
    })
  }
  const source = t(RATING_SOURCE_LABEL[entry.source])
  if (entry.outcome !== null) return t('{{source}}: {{outcome}}', { source, outcome: t(OUTCOME_LABEL[entry.outcome]) })
  const rating = entry.rating ?? '–'
  if (!entry.ref) return t('{{source}}: {{rating}} of 10', { source, rating })
  const name = names.get(entry.ref)
  return t('{{source}} ({{routine}}): {{rating}} of 10', { source, routine: name ? t(name) : entry.ref, rating })
}

/** English dates keep the British order the app has always shown; other languages use their own. */
function dateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language
}

/** "Wed 25 Nov, 09:00" in the companion's time zone and the given language. */
export function formatWhen(wall: number, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(wall)
}

/** "23 Nov" from a local date key "2026-11-23", in the given language. */
export function formatDay(dayKey: string, language: string): string {
  const [year, month, day] = dayKey.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return dayKey
  return new Intl.DateTimeFormat(dateLocale(language), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    Date.UTC(year, month - 1, day),
  )
}

/** A mean with one decimal, written the way the language writes numbers ("4.5", "4,5"). */
export function formatMean(mean: number, language: string): string {
  return new Intl.NumberFormat(dateLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    mean,
  )
}
