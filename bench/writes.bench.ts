import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { test } from 'vitest'
import { openRecordStore } from '../src/main/record-store'
import { Companion } from '../src/shared/app/companion'
import { fiveYearsOfData, FIVE_YEARS_END } from '../tests/support/five-years-store'
import { ManualClock } from '../tests/support/manual-clock'
import { MemoryRecords, MemoryStore } from '../tests/support/memory-store'
import { record } from './record'

const KiB = 1024
const ENTRIES = 50

const spasm = (n: number) =>
  ({
    type: 'logSpasm',
    payload: { area: 'lower', side: 'both', intensity: 4, trigger: 'long-sitting', note: `entry ${n} of the bench` },
  }) as const

const folderBytes = (dir: string) => readdirSync(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

test('what a command writes, with five years of data', () => {
  const whole = fiveYearsOfData()
  const clock = new ManualClock(FIVE_YEARS_END)

  // the records in memory: what each command hands the store
  const memory = MemoryRecords.holding(whole)
  const inMemory = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data: memory },
  })
  for (let n = 0; n < ENTRIES; n++) inMemory.dispatch(spasm(n))
  const handed = memory.writes.map((write) => JSON.stringify([...write]).length)

  // the desktop's record files: moved from the single document, then one journal entry per command
  const dir = mkdtempSync(join(tmpdir(), 'unknot-bench-'))
  const former = new MemoryStore(structuredClone(whole))
  const onDisk = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data: openRecordStore('unknot-records', dir), formerData: former },
  })
  const afterMove = folderBytes(dir)
  const appended: number[] = []
  const times: number[] = []
  for (let n = 0; n < ENTRIES; n++) {
    const before = folderBytes(dir)
    const start = performance.now()
    onDisk.dispatch(spasm(n))
    times.push(performance.now() - start)
    appended.push(folderBytes(dir) - before)
  }
  const atEnd = folderBytes(dir)
  rmSync(dir, { recursive: true, force: true })

  // before the records: the whole document through conf, the atomic writer under electron-store
  const oneFile = mkdtempSync(join(tmpdir(), 'unknot-bench-'))
  const document = new Conf({ cwd: oneFile, configName: 'unknot-data', projectName: 'unknot-bench' })
  const wholeTimes: number[] = []
  for (let n = 0; n < 10; n++) {
    const start = performance.now()
    document.set('document', whole)
    wholeTimes.push(performance.now() - start)
  }
  rmSync(oneFile, { recursive: true, force: true })

  record('writes', [
    {
      group: 'storage',
      name: 'five years of data (JSON, as one document: what every change wrote before)',
      value: JSON.stringify(whole).length / KiB,
      unit: 'KiB',
    },
    {
      group: 'storage',
      name: 'written to log one journal entry, five years of data (records handed to the store, median)',
      value: median(handed),
      unit: 'B',
    },
    {
      group: 'storage',
      name: 'desktop: appended to disk per journal entry, five years of data (median)',
      value: median(appended),
      unit: 'B',
    },
    {
      group: 'storage',
      name: 'desktop: log one journal entry, five years of data (wall time incl. fsync, median)',
      value: median(times),
      unit: 'ms',
    },
    {
      group: 'storage',
      name: 'desktop, before the records: the whole document written through electron-store (wall time, median)',
      value: median(wholeTimes),
      unit: 'ms',
    },
    {
      group: 'storage',
      name: 'desktop: data on disk, five years (records file after the move)',
      value: afterMove / KiB,
      unit: 'KiB',
    },
    {
      group: 'storage',
      name: `desktop: data on disk after ${ENTRIES} more entries (records file and log)`,
      value: atEnd / KiB,
      unit: 'KiB',
    },
  ])
})
