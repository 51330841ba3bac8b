import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import '../i18n'
import { Window } from './Window'

const neverLoads = () => new Promise<never>(() => {})

/**
 * The main window's frame as HTML, rendered at build time into index.html (scripts/frame-shell.mjs): the window
 * paints its frame, and its links work, before any script has run; the start then hydrates these same elements.
 */
export function frameMarkup(): string {
  return renderToString(
    <StrictMode>
      <Window load={neverLoads} />
    </StrictMode>,
  )
}
