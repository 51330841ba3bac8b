import type { Notice } from '../../../shared/contract/contract'
import { translateMessage } from '../../../shared/kernel/message'
import { useDispatch } from '../state/host-context'
import { useTranslate } from '../i18n/useTranslate'

export function Notices({ notices }: { notices: Notice[] }) {
  const { t } = useTranslate()
  const dispatch = useDispatch()
  if (notices.length === 0) return null
  return (
    <section className="notices" aria-label={t('Messages')}>
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <p>{translateMessage(t, notice.message ?? notice.text)}</p>
          <button type="button" onClick={() => void dispatch({ type: 'dismissNotice', payload: { id: notice.id } })}>
            {t('Dismiss')}
          </button>
        </div>
      ))}
    </section>
  )
}
