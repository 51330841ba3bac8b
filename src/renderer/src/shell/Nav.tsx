import { useTranslation } from 'react-i18next'
import type { Screen } from '../../../shared/contract/screens'
import { msg } from '../../../shared/i18n'
import { loadsCodeOf } from '../screens/screen-code'

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
            <a href={`#/${screen}`} aria-current={screen === current ? 'page' : undefined} {...loadsCodeOf(screen)}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
