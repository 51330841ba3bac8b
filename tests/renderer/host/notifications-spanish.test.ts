import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { browserHost } from '../../../src/renderer/src/host/browser'
import { i18n, switchLocale } from '../../../src/renderer/src/i18n'
import { SAFETY_ITEM_IDS } from '../../../src/shared/therapy'

class FakeNotification {
  static permission: NotificationPermission = 'granted'
  static made: FakeNotification[] = []
  onclick: (() => void) | null = null
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.made.push(this)
  }
  close() {}
}

describe('the browser host notifies in the language the page speaks', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] })
    vi.stubGlobal('Notification', FakeNotification)
    FakeNotification.made = []
  })

  afterEach(async () => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    await i18n.changeLanguage('en')
  })

  async function startColdPack() {
    const { api } = browserHost()
    await api.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'fresh-strain' } })
    await api.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } })
    const started = await api.dispatch({
      type: 'startTherapySession',
      payload: { kind: 'cold', minutes: 10, presetId: 'fresh-strain' },
    })
    expect(started.ok).toBe(true)
  }

  it('shows the skin check and the end of a session in Spanish once Spanish is chosen', async () => {
    await switchLocale('es')
    await startColdPack()
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(FakeNotification.made.map((made) => made.title)).toEqual(['Revisa tu piel'])
    expect(FakeNotification.made[0]?.options.body).toMatch(/^Levanta la compresa fría un momento\. /)
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(FakeNotification.made.at(-1)?.title).toBe('Se acabó el tiempo: quítate la compresa fría')
  })

  it('keeps English by default', async () => {
    await startColdPack()
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(FakeNotification.made.map((made) => made.title)).toEqual(['Check your skin'])
  })
})
