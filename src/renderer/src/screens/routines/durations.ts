import type { Translate } from '../../../../shared/i18n'

/** "12 min", "1 h 5 min", "less than a minute" in the person's language: for sentences, rounded to the minute. */
export function minutesPhrase(ms: number, t: Translate): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 1) return t('less than a minute')
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return t('{{minutes}} min', { minutes })
  return rest === 0 ? t('{{hours}} h', { hours }) : t('{{hours}} h {{minutes}} min', { hours, minutes: rest })
}

/** Spoken form for screen readers: "8 minutes 5 seconds", in the person's language. */
export function spokenDuration(ms: number, t: Translate): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  const parts = []
  if (minutes) parts.push(t('{{count}} minutes', { count: minutes }))
  if (seconds || !minutes) parts.push(t('{{count}} seconds', { count: seconds }))
  return parts.join(' ')
}
