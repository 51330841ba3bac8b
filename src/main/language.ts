import { app } from 'electron'
import {
  createI18n,
  resolveLocale,
  translatorOf,
  type LanguageChoice,
  type Locale,
  type Translate,
} from '../shared/i18n'
import { catalog as english } from '../shared/i18n/en'
import { catalog as spanish } from '../shared/i18n/es'

/** The language the desktop host speaks in its tray, notifications and dialogs: the one the window speaks. */
export interface HostLanguage {
  /** translates into the current language; it follows every switch, so it can be handed out once */
  readonly t: Translate
  locale(): Locale
  /** Switches to the language a setting chooses ("system": the OS's preferred ones); true when it changed. */
  follow(choice: LanguageChoice): boolean
}

export function hostLanguage(
  choice: LanguageChoice,
  systemPreferred: () => readonly string[] = () => app.getPreferredSystemLanguages(),
): HostLanguage {
  // The main process is not size-bound, so both catalogs are loaded up front.
  const i18n = createI18n(resolveLocale(choice, systemPreferred()), { en: english, es: spanish })
  let followed = choice
  return {
    t: translatorOf(i18n),
    locale: () => i18n.language as Locale,
    follow(next) {
      if (next === followed) return false
      followed = next
      const locale = resolveLocale(next, systemPreferred())
      if (locale === i18n.language) return false
      void i18n.changeLanguage(locale)
      return true
    },
  }
}
