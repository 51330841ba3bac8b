import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ARTICLES, createArticleSearch, type Article, type SearchHit } from '../../../../shared/content'
import { translatorOf } from '../../../../shared/i18n'
import { localizeArticle } from './localize'

export interface LocalizedArticles {
  articles: readonly Article[]
  /** Searches the articles as shown, in the current language; the index is built on first use. */
  search: (query: string) => SearchHit[]
}

/** The shipped articles in the current language, and a search over those texts, rebuilt when the language changes. */
export function useArticles(): LocalizedArticles {
  const { i18n } = useTranslation()
  const language = i18n.language
  return useMemo(() => {
    const translate = translatorOf(i18n)
    const articles = ARTICLES.map((article) => localizeArticle(article, translate))
    let search: ((query: string) => SearchHit[]) | undefined
    return {
      articles,
      search: (query) => {
        if (query.trim() === '') return []
        search ??= createArticleSearch(articles)
        return search(query)
      },
    }
    // The language is named so the texts are read again when it changes, even if `t` stays the same function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n, language])
}
