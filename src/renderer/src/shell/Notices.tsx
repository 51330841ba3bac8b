import { useTranslation } from 'react-i18next'
import type { Notice } from '../../../shared/contract'
import { translatorOf } from '../../../shared/i18n'
import { translateMessage } from '../../../shared/message'
import { useDispatch } from '../state/host-context'

export function Notices({ notices }: { notices: Notice[] }) {
  const { t, i18n } = useTranslation()
  const dispatch = useDispatch()
  if (notices.length === 0) return null
  const translate = translatorOf(i18n)
  return (
    <section className="notices" aria-label={t('Messages')}>
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <p>{translateMessage(translate, notice.message ?? notice.text)}</p>
          <button type="button" onClick={() => void dispatch({ type: 'dismissNotice', payload: { id: notice.id } })}>
            {t('Dismiss')}
          </button>
        </div>
      ))}
    </section>
  )
}
