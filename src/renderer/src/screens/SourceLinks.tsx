import { msg } from '../../../shared/i18n'
import { sourceById, type SourceId } from '../../../shared/content/sources'
import { useTranslate } from '../i18n/useTranslate'
import './source-links.css'

/**
 * Where a piece of health information comes from, the same way on every screen: publisher and title, linked when the
 * source has an https address. Links open outside the app (in the desktop app the host hands allow-listed https
 * addresses to the system browser and refuses anything else, so other addresses are shown as text).
 */
export function SourceLinks({
  ids,
  id,
  label = msg('Sources'),
}: {
  ids: readonly SourceId[]
  id?: string
  label?: string
}) {
  const { t } = useTranslate()
  if (ids.length === 0) return null
  return (
    <div className="source-links" id={id}>
      <span className="source-links-label">{t(label)}:</span>
      <ul>
        {[...new Set(ids)].map((sourceId) => {
          const source = sourceById(sourceId)
          const name = `${t(source.publisher)}: ${t(source.title)}`
          return (
            <li key={sourceId}>
              {source.url?.startsWith('https:') ? (
                <a href={source.url} target="_blank" rel="noreferrer">
                  {name} <span className="visually-hidden">{t('(opens in your browser)')}</span>
                </a>
              ) : (
                <span>{name}</span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
