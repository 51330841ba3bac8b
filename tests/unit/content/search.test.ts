import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/content'
import { createArticleSearch, makeSnippet, searchArticles } from '../../../src/shared/content/search'

function highlighted(text: string, ranges: Array<[number, number]>): string[] {
  return ranges.map(([start, end]) => text.slice(start, end))
}

describe('article search', () => {
  it('finds the heat and cold section of the relief article for "heat", highlighting the word', () => {
    const hits = searchArticles('heat')
    const relief = hits.find((hit) => hit.articleId === 'quick-relief' && hit.sectionId === 'heat-and-cold')
    expect(relief).toBeDefined()
    expect(relief?.title).toBe('Quick relief at home')
    expect(relief?.heading).toBe('Heat and cold')
    const words = highlighted(relief?.snippet.text ?? '', relief?.snippet.highlights ?? [])
    expect(words.length).toBeGreaterThan(0)
    for (const word of words) expect(word.toLowerCase()).toBe('heat')
  })

  it('matches a prefix and a small typo', () => {
    expect(searchArticles('magnes').some((hit) => hit.sectionId === 'magnesium')).toBe(true)
    expect(searchArticles('physoitherapy').some((hit) => hit.sectionId === 'physiotherapy')).toBe(true)
  })

  it('returns nothing for an empty query', () => {
    expect(searchArticles('   ')).toEqual([])
  })

  it('cuts a long text around the first match and keeps ranges on the word', () => {
    const text = `${'lorem '.repeat(30)}spasm ${'ipsum '.repeat(40)}`
    const snippet = makeSnippet(text, new Set(['spasm']))
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(highlighted(snippet.text, snippet.highlights)).toEqual(['spasm'])
  })

  it('indexes the texts it is given, so articles in another language are searched in that language', () => {
    const spanish: Article[] = [
      {
        id: 'alivio',
        title: 'Alivio rápido en casa',
        summary: 'Qué hacer.',
        sections: [
          {
            id: 'calor',
            heading: 'Calor y frío',
            blocks: [{ type: 'paragraph', text: 'El calor relaja el músculo. Usa una compresa caliente.' }],
            sources: [],
          },
        ],
        actions: [],
      },
    ]
    const search = createArticleSearch(spanish)
    const [hit] = search('calor')
    expect(hit?.heading).toBe('Calor y frío')
    expect(highlighted(hit?.snippet.text ?? '', hit?.snippet.highlights ?? [])).toEqual(['calor'])
    // Typed without the accent, "musculo" still finds and highlights "músculo".
    const [plain] = search('musculo')
    expect(highlighted(plain?.snippet.text ?? '', plain?.snippet.highlights ?? [])).toEqual(['músculo'])
  })
})
