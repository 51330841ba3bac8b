import { useTranslation } from 'react-i18next'
import { translatorOf, type Translate } from '../../../shared/i18n'

/**
 * react-i18next's translation as the shared `Translate` port, so the same `t` can be handed to the helpers that
 * word durations and lists; the component re-renders when the language changes.
 */
export function useTranslate(): { t: Translate; language: string } {
  const { i18n } = useTranslation()
  return { t: translatorOf(i18n), language: i18n.language }
}
