import MiniSearch from 'minisearch'
import { ARTICLES } from './articles'
import type { Article, Block } from './types'

export interface Snippet {
  text: string
  /** [start, end) character offsets into `text` of each matched word. */
  highlights: Array<[number, number]>
}

export interface SearchHit {
  articleId: string
  sectionId: string
  title: string
  heading: string
  snippet: Snippet
  score: number
}

interface SectionDoc {
  id: string
  articleId: string
  sectionId: string
  title: string
  heading: string
  text: string
}

const SNIPPET_LENGTH = 160

function blockText(block: Block): string {
  if (block.type === 'paragraph') return block.text
  if (block.type === 'list') return block.items.join(' ')
  return block.rows.map((row) => [row.label, ...row.cells].join(' ')).join(' ')
}

function sectionDocs(articles: readonly Article[]): SectionDoc[] {
  return articles.flatMap((article) =>
    article.sections.map((section) => ({
      id: `${article.id}#${section.id}`,
      articleId: article.id,
      sectionId: section.id,
      title: article.title,
      heading: section.heading,
      text: section.blocks.map(blockText).join(' '),
    })),
  )
}

/**
 * How a word is indexed and looked up: lower case without accents, so "musculo" finds "músculo" and a Spanish
 * query typed without accents still matches.
 */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

function wordRanges(text: string, terms: Set<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (terms.has(foldTerm(match[0]))) ranges.push([match.index, match.index + match[0].length])
  }
  return ranges
}

/** A window of the text around the first match, with highlight ranges relative to the window. */
export function makeSnippet(text: string, terms: Set<string>): Snippet {
  const all = wordRanges(text, terms)
  const first = all[0]?.[0] ?? 0
  let start = Math.max(0, first - 40)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const highlights = all
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): [number, number] => [from - start + prefix.length, to - start + prefix.length])
  return { text: prefix + text.slice(start, end) + suffix, highlights }
}

/**
 * Builds a full-text index over article sections (prefix and fuzzy matching). It indexes the texts it is given,
 * so passing articles in the person's language makes the search and its snippets speak that language.
 */
export function createArticleSearch(articles: readonly Article[]): (query: string) => SearchHit[] {
  const index = new MiniSearch<SectionDoc>({
    fields: ['title', 'heading', 'text'],
    processTerm: foldTerm,
    storeFields: ['articleId', 'sectionId', 'title', 'heading', 'text'],
    searchOptions: { boost: { heading: 2, title: 1.5 }, prefix: true, fuzzy: 0.2 },
  })
  index.addAll(sectionDocs(articles))
  return (query) => {
    if (query.trim() === '') return []
    return index.search(query).map((result) => {
      const doc = result as unknown as SectionDoc & { terms: string[]; score: number }
      return {
        articleId: doc.articleId,
        sectionId: doc.sectionId,
        title: doc.title,
        heading: doc.heading,
        snippet: makeSnippet(doc.text, new Set(doc.terms)),
        score: doc.score,
      }
    })
  }
}

let shipped: ((query: string) => SearchHit[]) | undefined

/** Searches the shipped articles; the index is built on first use. */
export function searchArticles(query: string): SearchHit[] {
  shipped ??= createArticleSearch(ARTICLES)
  return shipped(query)
}
