import { initReactI18next } from 'react-i18next'
import { createI18n, type Catalog, type Locale } from '../../../shared/i18n'
import { catalog as english } from '../../../shared/i18n/en'

/** The renderer's one i18next instance; components reach it through react-i18next's useTranslation. */
export const i18n = createI18n('en', { en: english }, [initReactI18next])

// Other languages load on first use, so people reading English never download them.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: () => import('../../../shared/i18n/es').then((module) => module.catalog),
}

export async function switchLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' && !i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loaders[locale]())
  }
  await i18n.changeLanguage(locale)
  document.documentElement.lang = locale
}
