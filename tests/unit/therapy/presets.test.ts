import { describe, expect, it } from 'vitest'
import { COLD_PHASE_HOURS, PRESETS, findPreset, phaseAt } from '../../../src/shared/therapy'

const HOUR = 3_600_000
const FACT_IDS = [
  'tm-ice-heat',
  'nebraska-ice-heat',
  'cleveland-ice-heat',
  'cochrane-heat-cold',
  'acp-2017',
  'nhs-back-pain',
]

describe('therapy presets', () => {
  it('every preset has known sources and no daily cap of its own', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['spasm-stiffness', 'fresh-strain', 'custom'])
    for (const preset of PRESETS) {
      expect(preset.sources.length).toBeGreaterThan(0)
      for (const id of preset.sources) expect(FACT_IDS).toContain(id)
      expect(preset.dailyCap).toBeNull()
      for (const phase of preset.phases) {
        expect(phase.sessionMinutes).toBe(20)
        expect(phase.restMinutes).toBeGreaterThanOrEqual(40)
        expect(phase.restMinutes).toBeLessThanOrEqual(60)
      }
    }
  })

  it('spasm or stiffness: heat all the way, no next phase', () => {
    const preset = findPreset('spasm-stiffness')
    expect(preset.kinds).toEqual(['heat'])
    expect(phaseAt(preset, 0).phase.kind).toBe('heat')
    expect(phaseAt(preset, 10 * 24 * HOUR).phase.kind).toBe('heat')
    expect(preset.sources).toEqual(expect.arrayContaining(['cochrane-heat-cold', 'acp-2017']))
  })

  it('spasm or stiffness: says the trials behind heat were in low back pain, not that they cover spasm', () => {
    const { summary } = findPreset('spasm-stiffness')
    expect(summary).toMatch(/trial support in low back pain/)
    expect(summary).not.toMatch(/spasm/i)
  })

  it('fresh strain: cold for the first 72 hours, then heat', () => {
    const preset = findPreset('fresh-strain')
    expect(COLD_PHASE_HOURS).toBe(72)
    expect(phaseAt(preset, 0)).toMatchObject({ index: 0, phase: { kind: 'cold', phaseHours: 72 } })
    expect(phaseAt(preset, 72 * HOUR - 1).phase.kind).toBe('cold')
    expect(phaseAt(preset, 72 * HOUR)).toMatchObject({ index: 1, phase: { kind: 'heat' } })
    expect(preset.sources).toContain('nebraska-ice-heat')
  })

  it('custom: either kind, no phase switch', () => {
    const preset = findPreset('custom')
    expect(preset.kinds).toEqual(['cold', 'heat'])
    expect(preset.phases.every((p) => p.phaseHours === null)).toBe(true)
  })
})
