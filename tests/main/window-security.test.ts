import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PermissionCheckHandlerHandlerDetails, PermissionRequest, Session, WebContents } from 'electron'
import { app, BrowserWindow, session } from './fake-electron'
import { hardenSession } from '../../src/main/security'
import { MainWindow } from '../../src/main/window'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

function openWindow(): BrowserWindow {
  const main = new MainWindow({
    preloadPath: '/app/preload.js',
    iconPath: '/app/icon.png',
    externalAllowList: new Set(),
    load: async () => {},
  })
  main.show()
  const created = BrowserWindow.instances.at(-1)
  if (!created) throw new Error('no window was created')
  return created
}

describe('the main window is locked down', () => {
  it('isolates the page: contextIsolation, sandbox, no Node, web security on', () => {
    const prefs = openWindow().options.webPreferences ?? {}
    expect(prefs['contextIsolation']).toBe(true)
    expect(prefs['sandbox']).toBe(true)
    expect(prefs['nodeIntegration']).toBe(false)
    expect(prefs['nodeIntegrationInWorker']).toBe(false)
    expect(prefs['nodeIntegrationInSubFrames']).toBe(false)
    expect(prefs['webSecurity']).toBe(true)
    expect(prefs['allowRunningInsecureContent']).toBe(false)
    expect(prefs['webviewTag']).toBe(false)
    expect(prefs['experimentalFeatures']).toBe(false)
    expect(prefs['enableBlinkFeatures']).toBeUndefined()
    expect(prefs['disableBlinkFeatures']).toBe('Auxclick')
    expect(prefs['preload']).toBe('/app/preload.js')
  })

  it('prevents every navigation away from our page', () => {
    const contents = openWindow().webContents
    expect(contents.tryEvent('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.tryEvent('will-redirect', 'https://evil.example/')).toBe(true)
    expect(contents.tryEvent('will-attach-webview')).toBe(true)
  })

  it('denies window.open and target=_blank', () => {
    const contents = openWindow().webContents
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' })
  })

  it('refuses every permission request and check', () => {
    hardenSession(session.defaultSession as unknown as Session)
    const contents = openWindow().webContents as unknown as WebContents
    const answers: boolean[] = []
    const request = { isMainFrame: true, requestingUrl: 'unknot://app/' } as PermissionRequest
    session.defaultSession.permissionRequestHandler?.(contents, 'media', (granted) => answers.push(granted), request)
    expect(answers).toEqual([false])
    const check = { isMainFrame: true, embeddingOrigin: 'unknot://app' } as PermissionCheckHandlerHandlerDetails
    expect(session.defaultSession.permissionCheckHandler?.(contents, 'notifications', 'unknot://app', check)).toBe(
      false,
    )
  })
})

const policyOf = (page: string): string =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1] ?? ''

describe('the Content-Security-Policy of the page', () => {
  const policy = policyOf('src/renderer/index.html')

  it('is the very same on the camera’s hidden page and on the break screens’ page', () => {
    expect(policyOf('src/renderer/camera.html')).toBe(policy)
    expect(policyOf('src/renderer/break.html')).toBe(policy)
  })
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map((words) => [words[0] ?? '', words.slice(1)]),
  )

  it('exists and starts from nothing allowed', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
  })

  it('allows scripts only from our own files: no eval, no inline script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toContain('unsafe-inline')
  })

  it('names no remote origin anywhere', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:)$/)
    }
  })
})
