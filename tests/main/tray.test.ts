import { describe, expect, it } from 'vitest'
import { Tray } from './fake-electron'
import { setupTray } from '../../src/main/tray'

describe('tray', () => {
  it('shows a tooltip and a menu whose items do what they say', () => {
    const calls: string[] = []
    setupTray('/res/tray-working.png', { open: () => calls.push('open'), quit: () => calls.push('quit') })
    const tray = Tray.instances[0]
    expect(tray?.tooltip).toBe('Unknot')
    expect(tray?.image.path).toBe('/res/tray-working.png')
    const labelled = (tray?.menu?.items ?? []).filter((item) => item.label)
    expect(labelled.map((item) => item.label)).toEqual(['Open Unknot', 'Quit'])
    for (const item of labelled) item.click?.()
    expect(calls).toEqual(['open', 'quit'])
  })
})
