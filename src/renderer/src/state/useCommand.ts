import { useCallback, useState } from 'react'
import type { Command } from '../../../shared/contract/contract'
import { failureText } from '../../../shared/kernel/message'
import { useTranslate } from '../i18n/useTranslate'
import { useDispatch } from './host-context'

/**
 * Sends commands and keeps the last refusal so it can be shown next to the control that caused it; a success
 * clears it. Returns whether the command was accepted.
 */
export function useCommand(): {
  send: (command: Command) => Promise<boolean>
  error: string | null
  setError: (message: string | null) => void
} {
  const dispatch = useDispatch()
  const { t } = useTranslate()
  const [error, setError] = useState<string | null>(null)
  const send = useCallback(
    async (command: Command) => {
      const result = await dispatch(command)
      setError(result.ok ? null : failureText(t, result))
      return result.ok
    },
    [dispatch, t],
  )
  return { send, error, setError }
}
