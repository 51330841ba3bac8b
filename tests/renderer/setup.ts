import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { SETTINGS_KEY } from '../../src/renderer/src/host/browser-keys'
import { RETURNING_USER_SETTINGS } from './support'

// findBy… and waitFor wait for React's own work, never for page time (tests drive that with fake timers): the
// limit is for hangs, since a loaded two-core machine can take seconds to render what takes milliseconds here.
configure({ asyncUtilTimeout: 30_000 })

beforeEach(() => {
  window.localStorage.setItem(SETTINGS_KEY, RETURNING_USER_SETTINGS)
})

afterEach(() => {
  cleanup()
  window.localStorage.clear()
  window.location.hash = ''
})
