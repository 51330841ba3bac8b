import { useEffect } from 'react'
import { resolveLocale, type LanguageChoice } from '../../../shared/i18n'
import { switchLocale } from '../i18n'

/** Follows the language setting; "system" means the browser's or OS's preferred languages. */
export function useLanguage(choice: LanguageChoice): void {
  useEffect(() => {
    switchLocale(resolveLocale(choice, navigator.languages)).catch((error: unknown) => {
      console.warn('Could not load the chosen language; staying with the current one.', error)
    })
  }, [choice])
}
