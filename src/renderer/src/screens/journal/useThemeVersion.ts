import { useEffect, useState } from 'react'

/**
 * A number that changes whenever the colours may have changed (the app's theme setting or the system's light or
 * dark mode), so canvas charts, which cannot follow CSS variables by themselves, know to redraw.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((previous) => previous + 1)
    const observer = new MutationObserver(bump)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    const dark = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null
    dark?.addEventListener('change', bump)
    return () => {
      observer.disconnect()
      dark?.removeEventListener('change', bump)
    }
  }, [])
  return version
}
