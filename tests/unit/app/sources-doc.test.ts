import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../../src/shared/content'
import { sourcesDoc } from '../../../src/shared/app/sources-doc'

const written = readFileSync('docs/SOURCES.md', 'utf8')

/** The lines of one source's entry in the written file. */
function entryOf(id: string): string {
  const start = written.indexOf(`\n## ${id}\n`)
  expect(start, id).toBeGreaterThan(0)
  const end = written.indexOf('\n## ', start + 1)
  return written.slice(start, end === -1 ? undefined : end)
}

describe('docs/SOURCES.md', () => {
  it('is current: `npm run sources:doc` writes exactly what is there', () => {
    expect(written).toBe(sourcesDoc())
  })

  it('lists every source with its publisher, title, address and authority', () => {
    for (const source of SOURCES) {
      const entry: string = entryOf(source.id)
      expect(entry).toContain(`- Publisher: ${source.publisher}\n`)
      expect(entry).toContain(`- Title: ${source.title}\n`)
      if ('url' in source) expect(entry).toContain(`- Address: ${source.url}\n`)
      expect(entry).toContain(`- Authority: ${source.authority} (`)
    }
  })

  it('says which texts cite a source: articles, exercises, routines, heat and cold, warning signs and reminders', () => {
    expect(entryOf('acog-pregnancy')).toContain('  - Exercise “Knee-to-chest stretch”')
    expect(entryOf('cleveland-spasms')).toContain('  - Article “Why spasms happen”, section “Fluids and minerals”')
    expect(entryOf('back-stretches-l')).toContain('  - Routine “Gentle floor strength”')
    expect(entryOf('cochrane-heat-cold')).toContain('  - Heat and cold preset “Spasm or stiffness”')
    expect(entryOf('nhs-ces')).toMatch(/ {2}- Warning-sign question “/)
    expect(entryOf('aao-202020')).toContain('  - Break reminder default (micro)')
  })

  it('points at nothing outside the repository: no path climbs out of it or starts at the root', () => {
    expect(written).not.toMatch(/\.\.\//)
    expect(written).not.toMatch(/(^|[\s(`'"])\/[a-z]/im)
  })

  it('lists no source that could not be confirmed', () => {
    expect(written).not.toContain('nhs-gp-back-pain')
  })
})
