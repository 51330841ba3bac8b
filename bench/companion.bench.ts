import { test } from 'vitest'
import { ManualClock } from '../tests/support/manual-clock'
import { companionOn } from './companion-on'
import { cpuMs, record } from './record'

test('companion command round trip', () => {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const companion = companionOn(clock)
  let snapshots = 0
  companion.subscribe(() => snapshots++)
  const commands = 20_000
  const spent = cpuMs(() => {
    for (let i = 0; i < commands; i++) {
      companion.dispatch({ type: 'updateSettings', payload: { patch: { sound: { volume: (i % 100) / 100 } } } })
    }
  })
  if (snapshots !== commands) throw new Error(`expected ${commands} snapshots, got ${snapshots}`)
  record('companion', [
    {
      group: 'core',
      name: 'dispatch → validated snapshot (CPU per command)',
      value: (spent * 1000) / commands,
      unit: 'µs',
    },
    {
      group: 'core',
      name: 'snapshot size (JSON)',
      value: JSON.stringify(companion.getSnapshot()).length / 1024,
      unit: 'KiB',
    },
  ])
})
