import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/content'
import { articleHref } from './links'

export function ArticleList({ articles }: { articles: readonly Article[] }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">{t('Articles')}</h2>
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.id}>
            <a href={articleHref(article.id)}>{article.title}</a>
            <p>{article.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
