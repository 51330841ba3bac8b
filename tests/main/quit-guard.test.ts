import { describe, expect, it } from 'vitest'
import { app, dialog } from './fake-electron'
import { hostLanguage } from '../../src/main/language'
import { guardQuit } from '../../src/main/quit-guard'
import { Companion } from '../../src/shared/app/companion'
import { MemoryRecords, MemoryStore } from '../support/memory-store'
import { SAFETY_ITEM_IDS } from '../../src/shared/therapy'
import { ManualClock } from '../support/manual-clock'

function companionWithHeat(running: boolean) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 14))
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data: new MemoryRecords() },
  })
  if (running) {
    companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'spasm-stiffness' } })
    companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } })
    companion.dispatch({
      type: 'startTherapySession',
      payload: { kind: 'heat', minutes: 20, presetId: 'spasm-stiffness' },
    })
  }
  return companion
}

function quit(): boolean {
  let prevented = false
  app.emit('before-quit', { preventDefault: () => (prevented = true) })
  return prevented
}

const english = hostLanguage('en').t
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('quitting while a therapy session runs', () => {
  it('quits at once when nothing is running', () => {
    const companion = companionWithHeat(false)
    guardQuit(() => companion.getSnapshot(), english)
    expect(quit()).toBe(false)
    expect(dialog.shown).toHaveLength(0)
  })

  it('asks first, and "Keep running" keeps it running', async () => {
    const companion = companionWithHeat(true)
    guardQuit(() => companion.getSnapshot(), english)
    expect(quit()).toBe(true)
    await settle()
    expect(dialog.shown[0]).toMatchObject({
      message: 'Quit while a therapy session is running?',
      buttons: ['Keep running', 'Quit anyway'],
      cancelId: 0,
    })
    expect(app.quitCalls).toBe(0)
  })

  it('"Quit anyway" quits, without asking twice', async () => {
    const companion = companionWithHeat(true)
    guardQuit(() => companion.getSnapshot(), english)
    dialog.nextResponse = 1
    expect(quit()).toBe(true)
    await settle()
    expect(app.quitCalls).toBe(1)
    expect(quit()).toBe(false)
    expect(dialog.shown).toHaveLength(1)
  })
})
