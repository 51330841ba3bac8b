import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow } from './fake-electron'
import { MainWindow } from '../../src/main/window'
import { PATIENTLY } from './patience'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

describe('the main window is made on demand and destroyed on close', () => {
  const make = () => {
    const loads: string[] = []
    const main = new MainWindow({
      preloadPath: '/p.js',
      iconPath: '/i.png',
      externalAllowList: new Set(),
      load: async (window) => {
        loads.push(String((window as unknown as BrowserWindow).options['title']))
      },
    })
    return { main, loads }
  }

  it('creates no window until asked, then reuses the open one', () => {
    const { main, loads } = make()
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
    main.show()
    main.show()
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
    expect(loads).toEqual(['Unknot'])
  })

  it('destroys the window and its renderer on close, and makes a fresh one next time', () => {
    const { main } = make()
    main.show()
    const first = BrowserWindow.instances[0]
    first?.close()
    expect(first?.isDestroyed()).toBe(true)
    expect(first?.webContents.isDestroyed()).toBe(true)
    expect(main.current).toBeUndefined()
    main.show()
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
    expect(BrowserWindow.instances).toHaveLength(2)
  })

  it('stays hidden until its page is ready to show, and brings a minimised window back when asked again', async () => {
    const main = new MainWindow({
      preloadPath: '/p.js',
      iconPath: '/i.png',
      externalAllowList: new Set(),
      load: (window) => window.loadURL('unknot://app/'),
    })
    const window = main.show() as unknown as BrowserWindow
    expect(window.isVisible()).toBe(false)
    await vi.waitFor(() => expect(window.isVisible()).toBe(true), PATIENTLY)
    window.minimize()
    window.focused = false
    main.show()
    expect(window.isMinimized()).toBe(false)
    expect(window.focused).toBe(true)
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
  })
})
