import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { notMedicalAdvice, type Article } from '../../../../shared/content'
import { BlockView } from './Blocks'
import { sectionDomId, targetHref } from './links'
import { SourceLinks } from '../SourceLinks'

/**
 * One article, already in the person's language (see localizeArticle): sections with their sources, what Unknot can do about it, and the not-medical-advice note.
 * When a section is named (from a search hit), it is scrolled to and its heading takes focus; otherwise the
 * article's heading does, so keyboard users land on what they opened.
 */
export function ArticleView({ article, sectionId }: { article: Article; sectionId: string | undefined }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    const target = sectionId ? document.getElementById(sectionDomId(sectionId)) : heading.current
    if (!target) return
    target.focus()
    target.scrollIntoView?.({ block: 'start' })
  }, [article.id, sectionId])

  return (
    <article className="article" aria-labelledby="article-title">
      <p className="article-back">
        <a href="#/learn">{t('All articles')}</a>
      </p>
      <h2 id="article-title" ref={heading} tabIndex={-1}>
        {article.title}
      </h2>
      <p className="article-summary">{article.summary}</p>
      <div className="not-medical-advice" role="note" aria-label={t('Not medical advice')}>
        <p>{t(notMedicalAdvice)}</p>
      </div>
      {article.sections.map((section) => (
        <section key={section.id} className="article-section" aria-labelledby={sectionDomId(section.id)}>
          <h3 id={sectionDomId(section.id)} tabIndex={-1}>
            {section.heading}
          </h3>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
          <SourceLinks ids={section.sources} />
        </section>
      ))}
      {article.actions.length > 0 && (
        <nav className="article-actions" aria-label={t('What Unknot can do about it')}>
          <h3>{t('What you can do in Unknot')}</h3>
          <ul>
            {article.actions.map((action) => (
              <li key={action.label}>
                <a className="button" href={targetHref(action.target)}>
                  {action.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  )
}
