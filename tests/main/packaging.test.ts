import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// electron-builder's own check of a configuration against its schema (what `electron-builder` runs first).
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'))

describe('packaging configuration', () => {
  it('is accepted by electron-builder', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined } as never)).resolves.toBe(
      undefined,
    )
  })

  it('would be refused with a misspelt option (the check is real)', async () => {
    const misspelt = { ...config, linux: { ...config.linux, targett: ['AppImage'] } }
    await expect(validateConfiguration(misspelt, { isEnabled: false, add: () => undefined } as never)).rejects.toThrow(
      /Invalid configuration object/,
    )
  })

  it('targets AppImage and deb on Linux, nsis on Windows, dmg on macOS, with icons that exist', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    for (const platform of ['linux', 'win', 'mac']) expect(existsSync(config[platform].icon)).toBe(true)
  })

  it('ships the tray icons where the host looks for them when packaged (process.resourcesPath)', () => {
    expect(config.extraResources).toEqual([{ from: 'resources', to: '.', filter: ['icon.png', 'tray-*.png'] }])
    const main = readFileSync('src/main/index.ts', 'utf8')
    expect(main).toContain('app.isPackaged ? process.resourcesPath')
    for (const state of ['working', 'due', 'paused']) {
      for (const suffix of ['', '@2x', 'Template', 'Template@2x']) {
        expect(existsSync(`resources/tray-${state}${suffix}.png`), `${state}${suffix}`).toBe(true)
      }
    }
  })

  it('flips the Electron fuses that turn the packaged app into a plain Node runtime or a debug target', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })
})
