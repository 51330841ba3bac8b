import { useCallback, useEffect, useRef, useState } from 'react'
import type { JournalCursor, JournalEntry } from '../../../../shared/journal'
import { msg } from '../../../../shared/i18n'
import { useHost } from '../../state/host-context'
import { journalPage, newestEntries, QueryFailed } from './journal-query'

export const FIRST_PAGE = 20

export interface JournalPages {
  /** newest first; null until the first page has come */
  entries: JournalEntry[] | null
  hasOlder: boolean
  loadingOlder: boolean
  error: string | null
  loadOlder: () => void
}

const NOT_LOADED = msg('Your journal entries could not be loaded. Try again in a moment.')

/**
 * The journal's entries a page at a time: the newest page first, older pages on request. Each new snapshot
 * (`revision`) may mean a change anywhere in the journal, so what is shown is asked for again, as many entries as
 * were shown; the list keeps showing the last answer until the new one comes.
 */
export function useJournalPages(revision: number): JournalPages {
  const { api } = useHost()
  const [entries, setEntries] = useState<JournalEntry[] | null>(null)
  const [cursor, setCursor] = useState<JournalCursor | null>(null)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const shown = useRef(FIRST_PAGE)
  // only the answer to the latest request is shown
  const latest = useRef(0)

  const fail = (problem: unknown) => setError(problem instanceof QueryFailed ? problem.message : NOT_LOADED)

  useEffect(() => {
    const request = ++latest.current
    newestEntries(api, shown.current).then((page) => {
      if (request !== latest.current) return
      setEntries(page.entries)
      setCursor(page.nextCursor)
      setError(null)
    }, fail)
  }, [api, revision])

  const loadOlder = useCallback(() => {
    if (!cursor || loadingOlder) return
    const request = ++latest.current
    // a snapshot that comes meanwhile asks for the older page too
    shown.current = (entries?.length ?? 0) + FIRST_PAGE
    setLoadingOlder(true)
    journalPage(api, FIRST_PAGE, cursor)
      .then((page) => {
        if (request !== latest.current) return
        setEntries((before) => {
          const next = [...(before ?? []), ...page.entries]
          shown.current = next.length
          return next
        })
        setCursor(page.nextCursor)
        setError(null)
      }, fail)
      .finally(() => setLoadingOlder(false))
  }, [api, cursor, entries, loadingOlder])

  return { entries, hasOlder: cursor !== null, loadingOlder, error, loadOlder }
}
