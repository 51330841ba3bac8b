import { describe, expect, it } from 'vitest'
import { isSourceId } from '../../../src/shared/content'
import { SAFETY_CHECKLIST, type SafetyItem, type TherapyKind } from '../../../src/shared/therapy'

/**
 * Every heat and cold safety rule the sources give, each with the checklist point that covers it, the wording that
 * point must carry and the packs it is about. A rule dropped from the list, or reworded so it no longer says it,
 * fails here.
 */
const RULES: { rule: string; item: string; says: RegExp; kinds: TherapyKind[] }[] = [
  {
    rule: 'a cloth between pack and skin',
    item: 'cloth-barrier',
    says: /towel or cloth between/,
    kinds: ['cold', 'heat'],
  },
  {
    rule: 'look at the skin after about 5 minutes and stop at the warning signs',
    item: 'skin-check',
    says: /^After about 5 minutes .*very red, blistered, numb or painful/,
    kinds: ['cold', 'heat'],
  },
  {
    rule: 'never on broken, open or infected skin',
    item: 'intact-skin',
    says: /broken skin, an open wound or skin that looks infected/,
    kinds: ['cold', 'heat'],
  },
  {
    rule: 'reduced feeling, diabetes, poor circulation, wound-healing problems or infection: ask a clinician first',
    item: 'ask-clinician',
    says: /diabetes, numbness or less feeling .*neuropathy.*poor circulation.*slow to heal.*infection.*asked a clinician first/,
    kinds: ['cold', 'heat'],
  },
  {
    rule: 'no cold with Raynaud’s or cold sensitivity',
    item: 'no-cold-raynauds',
    says: /Raynaud’s or react badly to cold/,
    kinds: ['cold'],
  },
  {
    rule: 'no heat on an acutely swollen area',
    item: 'no-heat-swelling',
    says: /heat on an area that has recently swollen/,
    kinds: ['heat'],
  },
  {
    rule: 'no heat on the abdomen in pregnancy',
    item: 'no-heat-pregnancy',
    says: /pregnant, I will not put heat on my tummy/,
    kinds: ['heat'],
  },
  {
    rule: 'no heat over a tumour',
    item: 'no-heat-tumour',
    says: /heat over an area with a tumour or cancer/,
    kinds: ['heat'],
  },
  {
    rule: 'never while asleep',
    item: 'stay-awake',
    says: /stay awake while using heat, and not doze off with a cold pack on/,
    kinds: ['cold', 'heat'],
  },
  {
    rule: 'a heat pad on its lowest helpful setting, off if too hot',
    item: 'heat-pad-setting',
    says: /lowest setting that helps, and take it off if it feels too hot/,
    kinds: ['heat'],
  },
  {
    rule: 'no heat over a heat rub or pain cream',
    item: 'no-heat-rub',
    says: /heat over a heat rub or other pain cream/,
    kinds: ['heat'],
  },
]

function item(id: string): SafetyItem {
  const found = SAFETY_CHECKLIST.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`the checklist has no point ${id}`)
  return found
}

describe('the heat and cold safety checklist', () => {
  it.each(RULES.map((rule) => [rule.rule, rule] as const))('covers: %s', (_rule, { item: id, says, kinds }) => {
    expect(item(id).text).toMatch(says)
    expect(item(id).kinds).toEqual(kinds)
  })

  it('has no point beyond those rules, and each point cites a known source', () => {
    expect(SAFETY_CHECKLIST.map((point) => point.id).sort()).toEqual(RULES.map((rule) => rule.item).sort())
    for (const point of SAFETY_CHECKLIST) {
      expect(point.sources.length, point.id).toBeGreaterThan(0)
      for (const source of point.sources) expect(isSourceId(source), `${point.id}: ${source}`).toBe(true)
    }
  })
})
