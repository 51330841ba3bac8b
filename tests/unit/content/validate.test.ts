import { describe, expect, it } from 'vitest'
import { BUILT_IN_ROUTINES } from '../../../src/shared/routines'
import { PRESET_IDS } from '../../../src/shared/therapy/presets'
import { ROUTINE_IDS, THERAPY_PRESET_IDS } from '../../../src/shared/content/targets'
import { ARTICLES } from '../../../src/shared/content/articles'
import type { SourceId } from '../../../src/shared/content/sources'
import type { RoutineId } from '../../../src/shared/content/targets'
import type { Article } from '../../../src/shared/content/types'
import { validateArticles } from '../../../src/shared/content/validate'

function sample(): Article {
  return {
    id: 'sample',
    title: 'Sample',
    summary: 'A sample article.',
    sections: [
      { id: 'one', heading: 'One', blocks: [{ type: 'paragraph', text: 'Some words.' }], sources: ['who-lbp'] },
    ],
    actions: [{ label: 'Relax', target: { screen: 'routines', routineId: 'wind-down' } }],
  }
}

function errorsFor(change: (article: Article) => void, extra: Article[] = []): string[] {
  const article = sample()
  change(article)
  return validateArticles([article, ...extra])
}

describe('article validator', () => {
  it('accepts every shipped article', () => {
    expect(validateArticles(ARTICLES)).toEqual([])
    expect(ARTICLES.map((article) => article.id)).toEqual([
      'what-is-a-spasm',
      'why-spasms-happen',
      'lower-vs-upper',
      'spasm-vs-chronic',
      'quick-relief',
      'see-a-doctor',
      'prevention',
      'faq',
    ])
  })

  it('accepts the sample used below, so each rejection is caused by its one change', () => {
    expect(validateArticles([sample()])).toEqual([])
  })

  it('rejects an article without sections', () => {
    expect(errorsFor((a) => (a.sections = []))).toEqual(['0.sections: An article needs at least one section.'])
  })

  it('rejects a section without blocks, and an empty paragraph', () => {
    expect(errorsFor((a) => (a.sections[0]!.blocks = [])).join()).toMatch(/at least one block/)
    expect(errorsFor((a) => (a.sections[0]!.blocks = [{ type: 'paragraph', text: '  ' }])).join()).toMatch(
      /paragraph must not be empty/,
    )
    expect(errorsFor((a) => (a.sections[0]!.blocks = [{ type: 'list', items: [] }])).join()).toMatch(/list needs/)
  })

  it('rejects a section without sources or with an unknown source id', () => {
    expect(errorsFor((a) => (a.sections[0]!.sources = [])).join()).toMatch(/at least one source/)
    expect(errorsFor((a) => (a.sections[0]!.sources = ['made-up' as SourceId])).join()).toMatch(/source table/)
  })

  it('rejects links to missing articles, routines or presets', () => {
    expect(errorsFor((a) => (a.actions = [{ label: 'x', target: { screen: 'learn', articleId: 'nope' } }]))).toEqual([
      ': "sample" links to an article "nope" that does not exist.',
    ])
    expect(
      errorsFor((a) => (a.actions = [{ label: 'x', target: { screen: 'routines', routineId: 'yoga' as RoutineId } }])),
    ).toHaveLength(1)
    const badPreset = { screen: 'therapy', presetId: 'sauna' } as unknown as Article['actions'][number]['target']
    expect(errorsFor((a) => (a.actions = [{ label: 'x', target: badPreset }]))).toHaveLength(1)
  })

  it('accepts a link to an article that exists', () => {
    expect(errorsFor((a) => (a.actions = [{ label: 'x', target: { screen: 'learn', articleId: 'sample' } }]))).toEqual(
      [],
    )
  })

  it('rejects duplicate article and section ids', () => {
    expect(errorsFor(() => undefined, [sample()])).toEqual([': Article id "sample" is used twice.'])
    expect(errorsFor((a) => a.sections.push({ ...a.sections[0]! }))).toEqual([
      ': Section id "one" is used twice in "sample".',
    ])
  })
})

describe('link targets', () => {
  it('name routines and therapy presets that really exist in those domains', () => {
    const routineIds = BUILT_IN_ROUTINES.map((routine) => routine.id)
    for (const id of ROUTINE_IDS) expect(routineIds).toContain(id)
    for (const id of THERAPY_PRESET_IDS) expect(PRESET_IDS).toContain(id)
  })
})
