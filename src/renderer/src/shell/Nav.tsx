import type { Screen } from '../../../shared/contract'

export const NAV_ITEMS: ReadonlyArray<{ screen: Screen; label: string }> = [
  { screen: 'today', label: 'Today' },
  { screen: 'routines', label: 'Routines' },
  { screen: 'therapy', label: 'Therapy' },
  { screen: 'learn', label: 'Learn' },
  { screen: 'journal', label: 'Journal' },
  { screen: 'settings', label: 'Settings' },
]

export function Nav({ current }: { current: Screen }) {
  return (
    <nav className="nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map(({ screen, label }) => (
          <li key={screen}>
            <a href={`#/${screen}`} aria-current={screen === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
