import { useCallback, useState } from 'react'
import { msg } from '../../../../shared/i18n'
import type { SettingsPatch } from '../../../../shared/settings'
import { useDispatch, useKeepsNothing } from '../../state/host-context'

export interface SettingsSaver {
  save: (patch: SettingsPatch) => Promise<boolean>
  /** validation messages by dotted settings path, from the last rejected change */
  errors: Readonly<Record<string, string>>
  /** English text, shown through t() */
  status: string
}

export function useSettingsSaver(): SettingsSaver {
  const dispatch = useDispatch()
  const keepsNothing = useKeepsNothing()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState('')

  const save = useCallback(
    async (patch: SettingsPatch) => {
      const result = await dispatch({ type: 'updateSettings', payload: { patch } })
      if (result.ok) {
        setErrors({})
        setStatus(keepsNothing() ? msg('Saved. It is kept only until this tab is closed.') : msg('Saved.'))
        return true
      }
      const byPath: Record<string, string> = {}
      for (const issue of result.issues ?? [{ path: '', message: result.error }]) byPath[issue.path] = issue.message
      setErrors(byPath)
      setStatus(msg('Not saved: please correct the highlighted field.'))
      return false
    },
    [dispatch, keepsNothing],
  )
  return { save, errors, status }
}

/** Builds the nested patch `{a: {b: value}}` for the dotted path "a.b". */
export function patchAt(path: string, value: unknown): SettingsPatch {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as SettingsPatch
}
