import { useTranslation } from 'react-i18next'
import type { Screen } from '../../../shared/contract/contract'
import { msg } from '../../../shared/i18n'
import { loadScreenCode } from '../screens/ScreenView'

export const NAV_ITEMS: ReadonlyArray<{ screen: Screen; label: string }> = [
  { screen: 'today', label: msg('Today') },
  { screen: 'routines', label: msg('Routines') },
  { screen: 'therapy', label: msg('Therapy') },
  { screen: 'learn', label: msg('Learn') },
  { screen: 'journal', label: msg('Journal') },
  { screen: 'settings', label: msg('Settings') },
]

export function Nav({ current }: { current: Screen }) {
  const { t } = useTranslation()
  return (
    <nav className="nav" aria-label={t('Main')}>
      <ul>
        {NAV_ITEMS.map(({ screen, label }) => (
          <li key={screen}>
            <a
              href={`#/${screen}`}
              aria-current={screen === current ? 'page' : undefined}
              // Pointing at or tabbing to a link starts fetching its screen's code, so the click finds it here.
              onPointerEnter={() => loadScreenCode(screen)}
              onFocus={() => loadScreenCode(screen)}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
