import { useCallback, useState } from 'react'
import { CHECK_NAMES, type CheckName, type Finding } from '../../../../shared/desktop-check'
import { useDispatch, useHost } from '../../state/host-context'

/** Where one check of this run stands. */
export type CheckProgress =
  | { state: 'checking' }
  /** a test notification was sent: the person says whether they saw it */
  | { state: 'asking'; yes: Finding; no: Finding }
  | { state: 'found'; finding: Finding }
  | { state: 'failed'; error: string }

export type CheckRun = Partial<Record<CheckName, CheckProgress>>

/**
 * Runs every check at once through the host (the idle watch takes up to a minute, the notification waits for the
 * person's word) and keeps each finding through `recordDesktopCheck`, so the tray can warn of a problem.
 */
export function useDesktopCheck(): {
  run: CheckRun | null
  start: () => void
  answer: (check: CheckName, finding: Finding) => void
} {
  const { api } = useHost()
  const dispatch = useDispatch()
  const [run, setRun] = useState<CheckRun | null>(null)
  const settle = useCallback(
    (check: CheckName, progress: CheckProgress) => setRun((current) => ({ ...current, [check]: progress })),
    [],
  )
  const answer = useCallback(
    (check: CheckName, finding: Finding) => {
      settle(check, { state: 'found', finding })
      void dispatch({ type: 'recordDesktopCheck', payload: { finding } })
    },
    [dispatch, settle],
  )
  const start = useCallback(() => {
    setRun(Object.fromEntries(CHECK_NAMES.map((check) => [check, { state: 'checking' }])))
    // Each check is asked from this click: a browser asks for the notification permission only from one.
    for (const check of CHECK_NAMES) {
      void api
        .checkDesktop({ check })
        .then((reply) => {
          if (!reply.ok) settle(check, { state: 'failed', error: reply.error })
          else if ('ask' in reply) settle(check, { state: 'asking', ...reply.ask })
          else answer(check, reply.finding)
        })
        .catch((error: unknown) => settle(check, { state: 'failed', error: String(error) }))
    }
  }, [api, answer, settle])
  return { run, start, answer }
}
