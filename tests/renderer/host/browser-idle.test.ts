import { afterEach, describe, expect, it } from 'vitest'
import { pageActivityIdleSource } from '../../../src/renderer/src/host/browser-idle'

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('idle time from page activity', () => {
  afterEach(() => setVisibility('visible'))

  it('counts seconds since the last input in the page, and input resets it', () => {
    let now = 1_000_000
    const source = pageActivityIdleSource(window, () => now)
    now += 95_000
    expect(source.idleSeconds()).toBe(95)
    window.dispatchEvent(new KeyboardEvent('keydown'))
    now += 4_000
    expect(source.idleSeconds()).toBe(4)
    source.stop()
    now += 10_000
    window.dispatchEvent(new KeyboardEvent('keydown'))
    expect(source.idleSeconds()).toBe(14)
  })

  it('takes a hidden page to mean work elsewhere, never a break it cannot see', () => {
    let now = 0
    const source = pageActivityIdleSource(window, () => now)
    setVisibility('hidden')
    now += 600_000
    expect(source.idleSeconds()).toBe(0)
    source.stop()
  })
})
