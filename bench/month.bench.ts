import { test } from 'vitest'
import { makeMonth, MONTH_START } from '../tests/unit/simulation/month'
import { referenceDueTimes } from '../tests/unit/simulation/reference'
import { cpuMs, record } from './record'

test('thirty simulated days', async () => {
  const { runMonth } = await import('../tests/unit/simulation/run-month')
  const month = makeMonth()
  let dues = 0
  const engine = cpuMs(() => (dues = runMonth(month).dues.length))
  const reference = cpuMs(() => referenceDueTimes(month, MONTH_START))
  record('month', [
    { group: 'core', name: '30-day simulation, companion (CPU)', value: engine / 1000, unit: 's' },
    { group: 'core', name: '30-day simulation, per-second reference model (CPU)', value: reference / 1000, unit: 's' },
    { group: 'core', name: 'breaks prompted in the 30 days', value: dues, unit: 'count' },
  ])
})
