import { mkdirSync, writeFileSync } from 'node:fs'

export interface Figure {
  group: string
  name: string
  value: number
  unit: string
  /** Budgets live in the README's Performance table; one named here must agree with it (npm run bench checks). */
  budget?: string
}

/** Each bench file writes its figures here; scripts/bench.mjs prints them as one table. */
export function record(file: string, figures: Figure[]): void {
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(`bench/results/${file}.json`, JSON.stringify(figures, null, 2))
}

/** CPU time (user + system) of this process spent in `work`, in milliseconds. */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
