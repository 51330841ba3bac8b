import type { Translate } from '../../shared/i18n'

/** "8:05" for 485 000 ms; hours appear only when needed ("1:02:03"). Rounds up, so 0:00 means done. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** "12 min", "1 h 5 min", "less than a minute": for sentences, rounded to the minute, in the person's language. */
export function formatMinutes(ms: number, t: Translate): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 1) return t('less than a minute')
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return t('{{minutes}} min', { minutes })
  return rest === 0 ? t('{{hours}} h', { hours }) : t('{{hours}} h {{minutes}} min', { hours, minutes: rest })
}

/** Minutes and seconds in words ("1 minute 30 seconds"), leaving out a zero part unless both are zero. */
export function minutesAndSeconds(totalSeconds: number, t: Translate, locale: string): string {
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  const parts: string[] = []
  if (minutes) parts.push(t('{{count}} minutes', { count: minutes }))
  if (seconds || !minutes) parts.push(t('{{count}} seconds', { count: seconds }))
  return unitList(locale).format(parts)
}

// Countdowns word their duration every second; building an Intl formatter each time was most of that work.
const unitLists = new Map<string, Intl.ListFormat>()

function unitList(locale: string): Intl.ListFormat {
  let list = unitLists.get(locale)
  if (!list) {
    list = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })
    unitLists.set(locale, list)
  }
  return list
}

/** Spoken form for screen readers: "8 minutes 5 seconds". Rounds up, like formatClock. */
export function describeDuration(ms: number, t: Translate, locale: string): string {
  return minutesAndSeconds(Math.max(0, Math.ceil(ms / 1000)), t, locale)
}
