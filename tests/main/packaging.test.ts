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
    expect(config.extraResources).toEqual([
      { from: 'resources', to: '.', filter: ['icon.png', 'tray-*.png', 'tray-*.ico'] },
    ])
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
      // Flipping a fuse breaks the binary's ad-hoc signature; an arm64 Mac refuses to launch an unsigned binary.
      resetAdHocDarwinSignature: true,
    })
  })

  it('is ready to sign and notarize for macOS: hardened runtime, its entitlements, notarization from the environment', () => {
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      entitlements: 'resources/entitlements.mac.plist',
      entitlementsInherit: 'resources/entitlements.mac.plist',
      // electron-builder notarizes when APPLE_API_KEY/APPLE_API_KEY_ID/APPLE_API_ISSUER (or an Apple ID) are set
      notarize: true,
    })
    // no identity in the file: it comes from the signing environment (CSC_LINK), never from the repository
    expect(config.mac).not.toHaveProperty('identity')
    const entitlements = readFileSync(config.mac.entitlements, 'utf8')
    expect(entitlements).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/)
    expect(entitlements).not.toContain('disable-library-validation')
  })

  it('names the app Unknot everywhere (its data folder follows the name) and its Linux desktop file unknot.desktop', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'))
    expect(config.productName).toBe('Unknot')
    expect(manifest.productName).toBe('Unknot')
    expect(manifest.desktopName).toBe('unknot.desktop')
    expect(config.linux.syncDesktopName).toBe(true)
  })

  it('gives the Windows tray .ico files that hold the tray PNGs, one drawing per display scale', () => {
    for (const state of ['working', 'due', 'paused']) {
      const ico = readFileSync(`resources/tray-${state}.ico`)
      expect([ico.readUInt16LE(0), ico.readUInt16LE(2)], state).toEqual([0, 1])
      const images = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
        const entry = 6 + 16 * i
        const image = ico.subarray(
          ico.readUInt32LE(entry + 12),
          ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
        )
        expect(image.readUInt32BE(16), `${state} image ${i} matches its entry`).toBe(ico.readUInt8(entry))
        return image
      })
      expect(images.map((image) => image.readUInt32BE(16))).toEqual([16, 20, 24, 32, 48])
      expect(images[0]?.equals(readFileSync(`resources/tray-${state}.png`))).toBe(true)
      expect(images[3]?.equals(readFileSync(`resources/tray-${state}@2x.png`))).toBe(true)
    }
  })
})
