export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number]

/** Each language named in itself, so someone who cannot read the current one still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' }

/** Picks the first supported language among the system's preferred ones ("es-MX" → es); English otherwise. */
export function resolveLocale(choice: LanguageChoice, systemPreferred: readonly string[]): Locale {
  if (choice !== 'system') return choice
  for (const tag of systemPreferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    const match = LOCALES.find((locale) => locale === base)
    if (match) return match
  }
  return 'en'
}
