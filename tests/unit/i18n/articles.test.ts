import { describe, expect, it } from 'vitest'
import { ARTICLES, notMedicalAdvice, SOURCES, type Article, type Block } from '../../../src/shared/content'
import { articles } from '../../../src/shared/i18n/es/articles'
import { catalog as spanish } from '../../../src/shared/i18n/es'

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text]
    case 'list':
      return block.items
    case 'table':
      return [...block.columns, ...block.rows.flatMap((row) => [row.label, ...row.cells])]
  }
}

/** Every text an article shows: title, summary, headings, paragraphs, list items, table texts and action labels. */
function articleTexts(article: Article): string[] {
  return [
    article.title,
    article.summary,
    ...article.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockTexts)]),
    ...article.actions.map((action) => action.label),
  ]
}

const sourceTexts: string[] = SOURCES.flatMap((source) => [source.publisher, source.title])
const shown = [...ARTICLES.flatMap(articleTexts), notMedicalAdvice, ...sourceTexts]

describe('Spanish article catalog', () => {
  it('walks every article', () => {
    expect(ARTICLES.length).toBeGreaterThan(0)
    expect(shown).toEqual(expect.arrayContaining(['What is a back spasm?', notMedicalAdvice]))
  })

  it('translates every text an article, the notice and the sources show', () => {
    const missing = [...new Set(shown)].filter((text) => !spanish[text]?.trim())
    expect(missing).toEqual([])
  })

  it('keeps no entry for a text the content no longer has', () => {
    const current = new Set(shown)
    expect(Object.keys(articles).filter((key) => !current.has(key))).toEqual([])
  })

  it('gives each text a translation that is not the English left as it was', () => {
    const untouched = Object.entries(articles).filter(
      ([english, text]) => text === english && !sourceTexts.includes(english),
    )
    expect(untouched).toEqual([])
  })
})
