import { useCallback, useState } from 'react'
import type { Command } from '../../../../shared/contract'
import { useDispatch } from '../../state/host-context'

/** Sends a reminder command and keeps the last refusal to show the person; a success clears it. */
export function useReminderCommand(): { send: (command: Command) => Promise<boolean>; error: string | null } {
  const dispatch = useDispatch()
  const [error, setError] = useState<string | null>(null)
  const send = useCallback(
    async (command: Command) => {
      const result = await dispatch(command)
      setError(result.ok ? null : result.error)
      return result.ok
    },
    [dispatch],
  )
  return { send, error }
}
