import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Snapshot } from '../../../../shared/contract/contract'
import type { JournalEntry } from '../../../../shared/journal'
import { useDispatch } from '../../state/host-context'
import { describeEntry, formatWhen } from './labels'
import { useTranslate } from '../../i18n/useTranslate'
import { useJournalPages } from './useJournalPages'

function EntryItem({
  entry,
  text,
  when,
  onDelete,
}: {
  entry: JournalEntry
  text: string
  when: string
  onDelete: () => void
}) {
  const { t } = useTranslation()
  return (
    <li className={`journal-entry entry-${entry.kind}`}>
      <div>
        <time dateTime={new Date(entry.wall).toISOString()}>{when}</time>
        <p className="entry-text">{text}</p>
        {entry.kind === 'spasm' && entry.note !== '' && <p className="entry-note">{entry.note}</p>}
      </div>
      <button type="button" onClick={onDelete} aria-label={t('Delete the entry from {{when}}', { when })}>
        {t('Delete')}
      </button>
    </li>
  )
}

/**
 * The entries, newest first, a page at a time ("Show older entries" asks for the next), with delete and an
 * "Undo" that puts the last deleted one back.
 */
export function EntryList({ snapshot }: { snapshot: Snapshot }) {
  const { t, language } = useTranslate()
  const dispatch = useDispatch()
  const { total, canUndo } = snapshot.journal
  const pages = useJournalPages(snapshot.revision)
  const entries = pages.entries ?? []
  // When the deleted entry was logged, as shown; the message is worded at display, in the current language.
  const [deleted, setDeleted] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const names = useMemo(
    () => new Map(snapshot.routines.library.map((routine) => [routine.id, routine.name])),
    [snapshot.routines.library],
  )

  const toastOpen = deleted !== null && canUndo
  useEffect(() => {
    // The deleted entry's button is gone, so focus goes to "Undo", the likeliest next step.
    if (toastOpen) undoButton.current?.focus()
  }, [toastOpen, deleted])

  const remove = async (entry: JournalEntry, when: string) => {
    const result = await dispatch({ type: 'deleteJournalEntry', payload: { id: entry.id } })
    setError(result.ok ? null : result.error)
    if (result.ok) setDeleted(when)
  }
  const undo = async () => {
    const result = await dispatch({ type: 'undoJournalDelete' })
    setError(result.ok ? null : result.error)
    setDeleted(null)
    heading.current?.focus()
  }

  // The last older page has come: the button goes, so focus goes back to the list's heading.
  const olderGone = useRef(false)
  useEffect(() => {
    if (pages.loadingOlder || !olderGone.current) return
    if (!pages.hasOlder) heading.current?.focus()
    olderGone.current = false
  }, [pages.hasOlder, pages.loadingOlder])
  return (
    <section className="journal-card" aria-labelledby="entries-heading">
      <h2 id="entries-heading" ref={heading} tabIndex={-1}>
        {t('Entries')} <span className="entry-count">({total})</span>
      </h2>
      <div className="undo-toast-slot" role="status">
        {toastOpen && (
          <div className="undo-toast">
            <span>{t('Deleted the entry from {{when}}.', { when: deleted })}</span>
            <button ref={undoButton} type="button" onClick={() => void undo()}>
              {t('Undo')}
            </button>
            <button type="button" className="link-button" onClick={() => setDeleted(null)}>
              {t('Dismiss')}
            </button>
          </div>
        )}
      </div>
      {(error ?? pages.error) && (
        <p role="alert" className="field-error">
          {t(error ?? pages.error ?? '')}
        </p>
      )}
      {total === 0 ? (
        <p className="field-hint">
          {t(
            'Nothing logged yet. Spasms you log here and pain ratings after routines, heat or cold sessions and breaks will appear in this list.',
          )}
        </p>
      ) : (
        <ul className="journal-entries" aria-label={t('Journal entries, newest first')}>
          {entries.map((entry) => {
            const when = formatWhen(entry.wall, snapshot.timeZone, language)
            return (
              <EntryItem
                key={entry.id}
                entry={entry}
                when={when}
                text={describeEntry(entry, names, t)}
                onDelete={() => void remove(entry, when)}
              />
            )
          })}
        </ul>
      )}
      {pages.hasOlder && (
        <button
          type="button"
          aria-disabled={pages.loadingOlder}
          onClick={() => {
            olderGone.current = true
            pages.loadOlder()
          }}
        >
          {t('Show older entries')}
        </button>
      )}
    </section>
  )
}
