import { test, expect, _electron as electron } from '@playwright/test'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'

// Decided without requiring 'electron', whose index.js would try to download the binary.
const found = findElectronBinary()

test('the desktop app starts, shows its window and offers only the contract to the page', async () => {
  test.skip(!found.executable, `Electron binary not installed: ${found.reason ?? ''}`)
  const app = await electron.launch({ executablePath: found.executable, args: ['.'] })
  const page = await app.firstWindow()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  const reach = await page.evaluate(() => ({
    api: Object.keys((globalThis as { unknot?: object }).unknot ?? {}).sort(),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }))
  expect(reach).toEqual({
    api: ['checkDesktop', 'dispatch', 'getSnapshot', 'on'],
    require: 'undefined',
    process: 'undefined',
  })
  await app.close()
})
