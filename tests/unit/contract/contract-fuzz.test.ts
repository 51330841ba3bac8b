import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { commandPayloads, type CommandType, type DispatchResult } from '../../../src/shared/contract/contract'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

const types = Object.keys(commandPayloads) as CommandType[]

/** The field names each payload schema knows, so generated payloads often get past the first check. */
function knownKeys(type: CommandType): string[] {
  const schema = commandPayloads[type] as unknown as { shape?: Record<string, unknown> }
  return schema.shape ? Object.keys(schema.shape) : []
}

const nearlyValid = fc.constantFrom(...types).chain((type) => {
  const keys = knownKeys(type)
  const payload = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.anything(), fc.integer(), fc.string(), fc.boolean()))
    : fc.anything()
  return fc.record({ type: fc.constant(type), payload }, { requiredKeys: ['type'] })
})

const anyCommand = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.string(), payload: fc.anything() }, { requiredKeys: [] }),
  fc.record(
    { type: fc.constantFrom(...types), payload: fc.anything(), extra: fc.anything() },
    { requiredKeys: ['type'] },
  ),
  nearlyValid,
  nearlyValid,
)

describe('every contract command under 10,000 random payloads', () => {
  it('is either applied or rejected with a readable error; nothing escapes; a rejection changes nothing', () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
    const settings = new MemoryStore()
    const data = new MemoryRecords()
    const companion = new Companion({ clock, timers: clock, timeZone: () => 'UTC', stores: { settings, data } })
    let rejected = 0
    fc.assert(
      fc.property(anyCommand, fc.nat(120_000), (command, elapse) => {
        clock.advance(elapse)
        const before = companion.getSnapshot()
        const writesBefore = settings.writes.length + data.writes.length
        let result: DispatchResult | undefined
        expect(() => (result = companion.dispatch(command))).not.toThrow()
        if (!result) throw new Error('dispatch returned nothing')
        if (!result.ok) {
          rejected++
          expect(result.error).toMatch(/^[A-Z"].{15,}/)
          expect(companion.getSnapshot()).toBe(before)
          expect(settings.writes.length + data.writes.length).toBe(writesBefore)
        }
      }),
      { numRuns: 10_000, seed: 20261125 },
    )
    expect(rejected).toBeGreaterThan(5_000)
  })
})
