import { useTranslation } from 'react-i18next'
import { msg } from '../../../../shared/i18n'
import { SOURCES, type SourceId } from '../../../../shared/content'
import './source-links.css'

const BY_ID = new Map<string, { title: string; url?: string }>(SOURCES.map((source) => [source.id, source]))

/**
 * Where a piece of health information comes from, as small links. Sources open in a new window (in the desktop
 * app the host sends allow-listed https addresses to the system browser); a source without an address is text.
 */
export function SourceLinks({ ids, label = msg('Sources') }: { ids: readonly SourceId[]; label?: string }) {
  const { t } = useTranslation()
  if (ids.length === 0) return null
  return (
    <div className="source-links">
      <span className="source-links-label">{t(label)}:</span>
      <ul>
        {ids.map((id) => {
          const source = BY_ID.get(id)
          const title = source ? t(source.title) : id
          return (
            <li key={id}>
              {source?.url ? (
                <a href={source.url} target="_blank" rel="noreferrer">
                  {title}
                  <span className="visually-hidden"> {t('(opens in your browser)')}</span>
                </a>
              ) : (
                <span>{title}</span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
