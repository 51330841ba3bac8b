import { describe, expect, it } from 'vitest'
import { app } from './fake-electron'
import { claimSingleInstance } from '../../src/main/single-instance'

describe('single instance', () => {
  it('lets the first instance run and shows it when a second one starts', () => {
    let shown = 0
    expect(claimSingleInstance(() => shown++)).toBe(true)
    app.emit('second-instance')
    expect(shown).toBe(1)
  })

  it('tells a second instance to quit', () => {
    app.hasSingleInstanceLock = false
    expect(claimSingleInstance(() => undefined)).toBe(false)
    expect(app.listenerCount('second-instance')).toBe(0)
  })
})
