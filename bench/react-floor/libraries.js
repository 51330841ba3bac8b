// The window frame's libraries alone: React and react-dom with i18next and react-i18next, set up as Unknot sets them
// up (one instance, an English catalogue keyed by its own text), rendering a heading and a link through
// useTranslation. bench/browser.mjs measures it beside React alone: what the stack costs before any of Unknot runs.
import i18next from 'i18next'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { initReactI18next, useTranslation } from 'react-i18next'

const i18n = i18next.createInstance()
i18n.use(initReactI18next)
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: { Today: 'Today', Settings: 'Settings' } } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
})

function Page() {
  const { t } = useTranslation()
  return createElement(
    'main',
    null,
    createElement('h1', null, t('Today')),
    createElement('a', { href: '#/settings' }, t('Settings')),
  )
}

createRoot(document.getElementById('root')).render(createElement(Page))
