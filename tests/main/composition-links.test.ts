import { afterEach, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, shell } from './fake-electron'
import { SOURCES } from '../../src/shared/content/sources'

const NHS_BACK_PAIN = 'https://www.nhs.uk/conditions/back-pain/'

// One boot of src/main/index.ts per file: the fake electron module is shared by the whole file.
describe('the composition root (src/main/index.ts) opens cited sources in the system browser', () => {
  afterEach(() => {
    app.emit('will-quit')
    vi.resetModules()
  })

  it('opens every cited https source, from a new-window link or a plain one, and refuses anything else', async () => {
    await import('../../src/main/index')
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1))
    const contents = BrowserWindow.instances[0]!.webContents
    const cited = SOURCES.flatMap((source) => (source.url?.startsWith('https:') ? [source.url] : []))
    expect(cited).toContain(NHS_BACK_PAIN)

    for (const url of cited) expect(contents.openWindow(url)).toEqual({ action: 'deny' })
    expect(contents.tryEvent('will-navigate', NHS_BACK_PAIN)).toBe(true)
    expect(shell.opened).toEqual([...cited, NHS_BACK_PAIN])

    shell.opened.length = 0
    for (const url of [
      'https://evil.example/',
      `${NHS_BACK_PAIN}other`,
      'http://www.nhs.uk/conditions/back-pain/',
      'http://www.rehabexercise.org/conditions-1/cervical-spondylosis/cervical-spondylosis---recommended-exercises',
      'file:///etc/passwd',
    ]) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' })
      expect(contents.tryEvent('will-navigate', url)).toBe(true)
    }
    expect(shell.opened).toEqual([])
  })
})
