import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ArticleList } from './ArticleList'
import { ArticleSearch } from './ArticleSearch'
import { ArticleView } from './ArticleView'
import { useArticles } from './useArticles'
import { useHashPath } from './useHashPath'
import './learn.css'

/** #/learn lists and searches the articles; #/learn/<articleId>[/<sectionId>] opens one. */
export function LearnScreen() {
  const { t } = useTranslation()
  const { articles, search } = useArticles()
  const [articleId, sectionId] = useHashPath()
  // Kept here so coming back from an article shows the same results.
  const [query, setQuery] = useState('')
  const searchBox = useRef<HTMLInputElement>(null)
  const wasReading = useRef(articleId !== undefined)
  useEffect(() => {
    // Back from an article, keyboard users land in the search box, above the list or their results.
    if (articleId === undefined && wasReading.current) searchBox.current?.focus()
    wasReading.current = articleId !== undefined
  }, [articleId])

  if (articleId !== undefined) {
    const article = articles.find((candidate) => candidate.id === articleId)
    if (article) return <ArticleView article={article} sectionId={sectionId} />
    return (
      <div className="learn">
        <p role="alert">{t('Unknot has no article at this address.')}</p>
        <p>
          <a href="#/learn">{t('See all articles')}</a>
        </p>
      </div>
    )
  }
  return (
    <div className="learn">
      <ArticleSearch query={query} onQuery={setQuery} search={search} inputRef={searchBox} />
      {query.trim() === '' && <ArticleList articles={articles} />}
    </div>
  )
}
