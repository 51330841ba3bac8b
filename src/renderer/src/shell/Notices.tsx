import type { Notice } from '../../../shared/contract'
import { useDispatch } from '../state/host-context'

export function Notices({ notices }: { notices: Notice[] }) {
  const dispatch = useDispatch()
  if (notices.length === 0) return null
  return (
    <section className="notices" aria-label="Messages">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.text}</p>
          <button type="button" onClick={() => void dispatch({ type: 'dismissNotice', payload: { id: notice.id } })}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  )
}
