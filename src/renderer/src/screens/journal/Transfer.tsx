import { useId, useState } from 'react'
import type { Snapshot } from '../../../../shared/contract/contract'
import { toCsv, toJson, type JournalState } from '../../../../shared/journal'
import { failureText } from '../../../../shared/kernel/message'
import { msg } from '../../../../shared/i18n'
import { useDispatch, useHost } from '../../state/host-context'
import { useDownload } from './download'
import { useTranslate } from '../../i18n/useTranslate'
import { breakHistory, everyEntry, QueryFailed } from './journal-query'

type Message = { ok: true; text: string } | { ok: false; text: string } | null

const NOT_EXPORTED = msg('Your journal could not be read for the export. Try again in a moment.')

export function Transfer({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslate()
  const dispatch = useDispatch()
  const { api } = useHost()
  const downloadText = useDownload()
  const inputId = useId()
  const [message, setMessage] = useState<Message>(null)
  const nothing = snapshot.journal.total === 0 && snapshot.progress.breaksKept === 0
  const stamp = new Date(snapshot.at).toISOString().slice(0, 10)

  // The whole journal, however many years it holds, is asked for a page at a time when the person exports it.
  const exportAs = async (write: typeof toCsv, extension: string, type: string) => {
    try {
      const [entries, breaks] = await Promise.all([everyEntry(api), breakHistory(api)])
      const journal: JournalState = { entries, nextSeq: 0, lastDeleted: null }
      downloadText(write(journal, breaks), `unknot-journal-${stamp}.${extension}`, type)
    } catch (error) {
      setMessage({ ok: false, text: t(error instanceof QueryFailed ? error.message : NOT_EXPORTED) })
    }
  }

  const importFile = async (file: File) => {
    const text = await file.text()
    const result = await dispatch({ type: 'importJournal', payload: { text } })
    if (!result.ok) {
      setMessage({ ok: false, text: failureText(t, result) })
      return
    }
    const [counts = { added: 0, skipped: 0, breaks: 0 }] = result.events.flatMap(({ domain, event }) =>
      domain === 'journal' && event.type === 'journal-imported' ? [event] : [],
    )
    setMessage({
      ok: true,
      text: [
        t('Imported {{count}} entries.', { count: counts.added }),
        t('Skipped {{count}} entries already in your journal.', { count: counts.skipped }),
        ...(counts.breaks ? [t('Added {{count}} breaks to your break history.', { count: counts.breaks })] : []),
      ].join(' '),
    })
  }

  return (
    <section className="journal-card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('Export and import')}</h2>
      <p className="field-hint">
        {t(
          'The files stay on this computer and hold your journal and your break history. CSV opens in a spreadsheet; JSON can be imported back into Unknot.',
        )}
      </p>
      <div className="transfer-buttons">
        <button type="button" disabled={nothing} onClick={() => void exportAs(toCsv, 'csv', 'text/csv')}>
          {t('Export CSV')}
        </button>
        <button type="button" disabled={nothing} onClick={() => void exportAs(toJson, 'json', 'application/json')}>
          {t('Export JSON')}
        </button>
      </div>
      {/* The browser's own file control words its button in the browser's language, so it is hidden and the
          label, in the app's language, is what people see and click; the input keeps the keyboard focus. */}
      <div className="import-field">
        <input
          id={inputId}
          className="visually-hidden file-input"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget
            const file = input.files?.[0]
            if (!file) return
            void importFile(file).finally(() => {
              input.value = ''
            })
          }}
        />
        <label htmlFor={inputId} className="button file-button">
          {t('Import a journal file')}
        </label>
      </div>
      <p role="status" className="import-status">
        {message?.ok ? message.text : ''}
      </p>
      {message && !message.ok && (
        <p role="alert" className="field-error">
          {message.text}
        </p>
      )}
    </section>
  )
}
