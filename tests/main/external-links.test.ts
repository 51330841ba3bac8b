import { beforeEach, describe, expect, it } from 'vitest'
import { app, BrowserWindow, shell } from './fake-electron'
import { MainWindow } from '../../src/main/window'
import { allowListOf, isAllowedExternalUrl } from '../../src/shared/hosting/external-links'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

const SOURCE = 'https://www.nhs.uk/conditions/back-pain/'
const allowed = allowListOf([SOURCE, 'http://insecure.example/page', 'not a url'])

describe('shell.openExternal only for cited https sources', () => {
  it('accepts exactly the listed https pages', () => {
    expect(isAllowedExternalUrl(SOURCE, allowed)).toBe(true)
    expect(isAllowedExternalUrl('https://WWW.NHS.UK/conditions/back-pain/', allowed)).toBe(true)
  })

  it('refuses other pages, other schemes, credentials and look-alikes', () => {
    for (const url of [
      'https://www.nhs.uk/conditions/other/',
      'http://www.nhs.uk/conditions/back-pain/',
      'http://insecure.example/page',
      'https://user:pw@www.nhs.uk/conditions/back-pain/',
      'https://www.nhs.uk.evil.example/conditions/back-pain/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url, allowed), url).toBe(false)
    }
  })

  it('opens an allowed link from the window in the system browser, and nothing else, never a new window', () => {
    new MainWindow({
      preloadPath: '/p.js',
      iconPath: '/i.png',
      load: async () => {},
      externalAllowList: allowed,
    }).show()
    const contents = BrowserWindow.instances[0]?.webContents
    expect(contents?.openWindow(SOURCE)).toEqual({ action: 'deny' })
    expect(contents?.openWindow('https://evil.example/')).toEqual({ action: 'deny' })
    expect(contents?.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(shell.opened).toEqual([SOURCE])
  })
})
