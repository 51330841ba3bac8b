import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error')
}

// Each case is code that breaks the layering (docs/ARCHITECTURE.md) in the named file; lint must refuse it.
const violations: Array<[string, string, string]> = [
  ['src/shared/x.ts', "import { app } from 'electron'\nexport const a = app", 'no-restricted-imports'],
  ['src/shared/x.ts', "import { useState } from 'react'\nexport const a = useState", 'no-restricted-imports'],
  ['src/shared/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync", 'no-restricted-imports'],
  ['src/shared/x.ts', "import { a } from '../renderer/src/y'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/x.ts', 'export const a = Date.now()', 'no-restricted-properties'],
  ['src/shared/x.ts', 'export const a = new Date()', 'no-restricted-syntax'],
  ['src/shared/x.ts', 'export const a = window.location', 'no-restricted-globals'],
  ['src/shared/x.ts', 'setTimeout(() => 1, 5)', 'no-restricted-globals'],
  [
    'src/shared/app/x.ts',
    "import { ManualClock } from '../../../tests/support/manual-clock'\nexport const a = ManualClock",
    'no-restricted-imports',
  ],
  ['src/shared/kernel/x.ts', "import { a } from '../reminders'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/kernel/x.ts', "import { a } from '../therapy/state'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/kernel/x.ts', "import { a } from '../contract/contract'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/kernel/x.ts', "import { a } from '../app/companion'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/kernel/x.ts', "import { a } from '../hosting/alerts'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/kernel/x.ts', "import { a } from '../i18n/en'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/reminders/x.ts', "import { a } from '../app/handlers'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/therapy/x.ts', "import { a } from '../hosting/tray-model'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/journal/x.ts', "import { a } from '../contract/commands'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/i18n/x.ts', "import { a } from '../app/core-state'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/contract/x.ts', "import { a } from '../app/companion'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/contract/x.ts', "import { a } from '../hosting/alerts'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/hosting/x.ts', "import { a } from '../app/companion'\nexport const b = a", 'no-restricted-imports'],
  ['src/shared/hosting/x.ts', "import { app } from 'electron'\nexport const a = app", 'no-restricted-imports'],
  [
    'src/renderer/src/x.ts',
    "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer",
    'no-restricted-imports',
  ],
  ['src/renderer/src/x.ts', "import { a } from '../../main/tray'\nexport const b = a", 'no-restricted-imports'],
  ['src/main/tray.ts', "import { ipcMain } from 'electron'\nexport const a = ipcMain", 'no-restricted-imports'],
  ['src/main/x.ts', "import { a } from '../renderer/src/y'\nexport const b = a", 'no-restricted-imports'],
  ['src/preload/x.ts', "import { ipcMain } from 'electron'\nexport const a = ipcMain", 'no-restricted-imports'],
]

describe('layering is enforced by lint', () => {
  it.each(violations)('%s: %s is refused', async (file, code, rule) => {
    expect(await ruleIdsFor(file, code)).toContain(rule)
  })

  it('lets each layer of the core import the layers below it', async () => {
    const allowed: Array<[string, string]> = [
      ['src/shared/kernel/x.ts', "import { msg } from '../i18n/catalog'\nexport const a = msg"],
      ['src/shared/kernel/x.ts', "import { a } from './time'\nexport const b = a"],
      ['src/shared/settings/x.ts', "import { a } from '../reminders/settings'\nexport const b = a"],
      ['src/shared/therapy/x.ts', "import { a } from '../kernel/time'\nexport const b = a"],
      ['src/shared/contract/x.ts', "import { a } from '../therapy'\nexport const b = a"],
      ['src/shared/hosting/x.ts', "import { a } from '../contract/contract'\nexport const b = a"],
      ['src/shared/app/x.ts', "import { a } from '../hosting/tray-model'\nexport const b = a"],
    ]
    for (const [file, code] of allowed) expect(await ruleIdsFor(file, code), `${file}: ${code}`).toEqual([])
  })

  it('lets ipc.ts use ipcMain, the preload use ipcRenderer, and the renderer import its own host folder', async () => {
    expect(await ruleIdsFor('src/main/ipc.ts', "import { ipcMain } from 'electron'\nexport const a = ipcMain")).toEqual(
      [],
    )
    expect(
      await ruleIdsFor('src/preload/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer"),
    ).toEqual([])
    expect(
      await ruleIdsFor('src/renderer/src/host/x.ts', "import { a } from './electron'\nexport const b = a"),
    ).toEqual([])
  })
})
