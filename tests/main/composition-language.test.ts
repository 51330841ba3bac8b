import { afterEach, describe, expect, it, vi } from 'vitest'
import { app, globalShortcut, ipcMain, Tray, type FakeMenuItem } from './fake-electron'
import type { DispatchResult, Snapshot } from '../../src/shared/contract/contract'
import { PATIENTLY } from './patience'

const PAGE = 'unknot://app/index.html'

async function updateSettings(patch: Record<string, unknown>): Promise<void> {
  const result = (await ipcMain.invoke('unknot:dispatch', PAGE, {
    type: 'updateSettings',
    payload: { patch },
  })) as DispatchResult
  if (!result.ok) throw new Error(result.error)
}

async function shortcutNotice(): Promise<string | undefined> {
  const snapshot = (await ipcMain.invoke('unknot:getSnapshot', PAGE)) as Snapshot
  return snapshot.notices.find((notice) => notice.id === 'shortcut-problem')?.text
}

const labels = (items: FakeMenuItem[] = []) => items.map((item) => item.label)

describe('the composition root (src/main/index.ts) follows the language setting', () => {
  afterEach(() => {
    app.emit('will-quit')
    vi.resetModules()
  })

  it('re-words a refused-shortcut notice still shown, and redraws the tray, when the language changes', async () => {
    globalShortcut.takenElsewhere.add('CommandOrControl+Alt+S')
    await import('../../src/main/index')
    await vi.waitFor(() => expect(Tray.instances).toHaveLength(1), PATIENTLY)
    const tray = Tray.instances[0]
    expect(labels(tray?.menu?.items)).toContain('Start a stretch now')

    await updateSettings({ system: { stretchShortcutEnabled: true } })
    expect(await shortcutNotice()).toBe(
      'Unknot could not register the shortcut CommandOrControl+Alt+S: another program may be using it, or this desktop does not allow global shortcuts. Choose another one in Settings.',
    )
    await updateSettings({ appearance: { language: 'es' } })
    expect(await shortcutNotice()).toBe(
      'Unknot no pudo registrar el atajo CommandOrControl+Alt+S: puede que otro programa lo esté usando o que este escritorio no permita atajos globales. Elige otro en Ajustes.',
    )
    expect(labels(tray?.menu?.items)).toContain('Estirar ahora')
  })
})
