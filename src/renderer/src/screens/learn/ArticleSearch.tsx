import { useId, useMemo, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchHit } from '../../../../shared/content'
import { Highlighted } from './Highlighted'
import { articleHref } from './links'

const MAX_HITS = 10

/** Full-text search over every section, in the texts as shown; each hit links straight to its section. */
export function ArticleSearch({
  query,
  onQuery,
  search,
  inputRef,
}: {
  query: string
  search: (query: string) => SearchHit[]
  onQuery: (query: string) => void
  inputRef?: RefObject<HTMLInputElement | null>
}) {
  const { t } = useTranslation()
  const inputId = useId()
  const hits = useMemo(() => search(query).slice(0, MAX_HITS), [search, query])
  const searching = query.trim() !== ''

  return (
    <div className="article-search" role="search">
      <form onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>{t('Search articles')}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          role="searchbox"
          value={query}
          autoComplete="off"
          onChange={(event) => onQuery(event.target.value)}
        />
      </form>
      <p className="search-count" role="status">
        {searching ? (hits.length === 0 ? t('No results') : t('{{count}} results', { count: hits.length })) : ''}
      </p>
      {searching && hits.length > 0 && (
        <ul className="search-hits" aria-label={t('Search results')}>
          {hits.map((hit) => (
            <li key={`${hit.articleId}#${hit.sectionId}`}>
              <a href={articleHref(hit.articleId, hit.sectionId)}>
                {hit.title}: {hit.heading}
              </a>
              <p>
                <Highlighted snippet={hit.snippet} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
