import { act } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { SETTINGS_KEY } from '../../src/renderer/src/host/browser-keys'
import { switchLocale } from '../../src/renderer/src/i18n'

/**
 * What every renderer test finds stored before it starts (tests/renderer/setup.ts puts it there): the settings of
 * someone who already uses Unknot, so the app opens where the test asks. The first-run tests remove it.
 */
export const RETURNING_USER_SETTINGS = JSON.stringify({ version: 1 })

/** Fakes the clock on a Wednesday, 09:00 UTC. */
export function useFakeTime(): void {
  useFakeTimeAt(new Date('2026-11-25T09:00:00Z'))
}

export function useFakeTimeAt(now: Date): void {
  // Testing Library only drives fake timers it recognises as Jest's; without this its async helpers wait on a
  // faked setTimeout(0) forever.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'], now })
}

export function useRealTime(): void {
  vi.useRealTimers()
  vi.unstubAllGlobals()
}

export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

/**
 * Every test of the calling file runs with Spanish chosen in Settings and already loaded, as the app has it by the
 * time anyone clicks (the catalog arrives through a dynamic import, so it loads before any clock is faked).
 */
export function inSpanish(): void {
  beforeEach(async () => {
    await switchLocale('es')
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, appearance: { language: 'es' } }))
  })
  afterEach(async () => {
    useRealTime()
    await switchLocale('en')
  })
}
