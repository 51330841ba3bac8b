import { mkdirSync, writeFileSync } from 'node:fs'
import { test } from 'vitest'
import { Companion } from '../src/shared/app/companion'
import { fiveYears } from '../tests/support/five-years'
import { ManualClock } from '../tests/support/manual-clock'
import { MemoryRecords, MemoryStore } from '../tests/support/memory-store'
import { cpuMs, record } from './record'

/** The stored document of five simulated years, for the browser bench to start the web companion with. */
export const FIVE_YEARS_DOCUMENT = 'bench/results/five-years-data.document'

test('five simulated years of history', () => {
  const at = Date.UTC(2026, 10, 25, 9)
  const clock = new ManualClock(at)
  const { data } = fiveYears(at)
  const stored = JSON.stringify(data)
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(FIVE_YEARS_DOCUMENT, stored)
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'Europe/London',
    stores: { settings: new MemoryStore(), data: MemoryRecords.holding(JSON.parse(stored)) },
  })
  const commands = 2_000
  const spent = cpuMs(() => {
    for (let i = 0; i < commands; i++) {
      companion.dispatch({ type: 'updateSettings', payload: { patch: { sound: { volume: (i % 100) / 100 } } } })
    }
  })
  const pages = 2_000
  const paging = cpuMs(() => {
    for (let i = 0; i < pages; i++) companion.query({ type: 'journalPage', payload: { limit: 20 } })
  })
  record('five-years', [
    {
      group: 'core',
      name: 'five years: dispatch → validated snapshot (CPU per command)',
      value: (spent * 1000) / commands,
      unit: 'µs',
    },
    {
      group: 'core',
      name: 'five years: snapshot size (JSON)',
      value: JSON.stringify(companion.getSnapshot()).length / 1024,
      unit: 'KiB',
    },
    {
      group: 'core',
      name: 'five years: journal page of 20 entries (query, CPU)',
      value: (paging * 1000) / pages,
      unit: 'µs',
    },
    { group: 'core', name: 'five years: stored data (JSON document)', value: stored.length / 1024, unit: 'KiB' },
  ])
})
