import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy… and waitFor wait for React's own work, never for page time (tests drive that with fake timers): the
// limit is for hangs, since a loaded two-core machine can take seconds to render what takes milliseconds here.
configure({ asyncUtilTimeout: 30_000 })

afterEach(() => {
  cleanup()
  window.localStorage.clear()
  window.location.hash = ''
})
