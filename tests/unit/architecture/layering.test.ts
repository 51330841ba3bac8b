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
