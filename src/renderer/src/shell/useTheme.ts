import { useEffect } from 'react'

/** "system" leaves the choice to prefers-color-scheme in the stylesheet; light/dark pin it. */
export function useTheme(theme: 'system' | 'light' | 'dark'): void {
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset['theme']
    else document.documentElement.dataset['theme'] = theme
  }, [theme])
}
