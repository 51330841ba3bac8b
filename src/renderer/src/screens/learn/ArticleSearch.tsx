import { useId, useMemo, type RefObject } from 'react'
import { searchArticles } from '../../../../shared/content'
import { Highlighted } from './Highlighted'
import { articleHref } from './links'

const MAX_HITS = 10

/** Full-text search over every section; each hit links straight to its section. */
export function ArticleSearch({
  query,
  onQuery,
  inputRef,
}: {
  query: string
  onQuery: (query: string) => void
  inputRef?: RefObject<HTMLInputElement | null>
}) {
  const inputId = useId()
  const hits = useMemo(() => searchArticles(query).slice(0, MAX_HITS), [query])
  const searching = query.trim() !== ''

  return (
    <div className="article-search" role="search">
      <form onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>Search articles</label>
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
        {searching ? `${hits.length === 0 ? 'No' : hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </p>
      {searching && hits.length > 0 && (
        <ul className="search-hits" aria-label="Search results">
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
