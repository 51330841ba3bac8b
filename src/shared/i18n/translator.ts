import i18next, { type i18n as I18n, type Module } from 'i18next'
import type { Catalog, Translate } from './catalog'
import type { Locale } from './locales'

export type { I18n }

/**
 * One i18next instance per host. English text is the key (gettext style), so the code reads as the English UI and
 * a missing translation falls back to English rather than to a key name.
 */
export function createI18n(locale: Locale, catalogs: Partial<Record<Locale, Catalog>>, plugins: Module[] = []): I18n {
  const instance = i18next.createInstance()
  for (const plugin of plugins) instance.use(plugin)
  const resources = Object.fromEntries(
    Object.entries(catalogs).map(([language, catalog]) => [language, { translation: catalog }]),
  )
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  })
  return instance
}

export function translatorOf(instance: I18n): Translate {
  return (text, values) => String(instance.t(text, values ?? {}))
}
