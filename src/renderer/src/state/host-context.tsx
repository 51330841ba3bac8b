import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { Command, DispatchResult, Snapshot } from '../../../shared/contract/contract'
import { msg } from '../../../shared/i18n'
import { NOT_KEPT_NOTICE_ID } from '../../../shared/kernel/storage-failure'
import { useTranslate } from '../i18n/useTranslate'
import type { Host } from '../host/types'
import { SnapshotStore } from './snapshot-store'

interface HostContextValue {
  host: Host
  store: SnapshotStore
}

const HostContext = createContext<HostContextValue | undefined>(undefined)

export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  const store = useMemo(() => new SnapshotStore(host.api), [host])
  useEffect(() => store.start(), [store])
  const value = useMemo(() => ({ host, store }), [host, store])
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>
}

function useHostContext(): HostContextValue {
  const value = useContext(HostContext)
  if (!value) throw new Error('useHost must be used inside <HostProvider>.')
  return value
}

export function useHost(): Host {
  return useHostContext().host
}

export function useSnapshot(): Snapshot | undefined {
  const { store } = useHostContext()
  return useSyncExternalStore(store.subscribe, store.get)
}

/** Whether the companion could not start (its code did not load, say): the page offers to try again. */
export function useStartFailed(): boolean {
  const { store } = useHostContext()
  return useSyncExternalStore(store.subscribe, store.startFailed)
}

/**
 * Whether the companion keeps nothing past this tab (the browser's storage could not be opened): it raises its
 * not-kept notice again with every change, so right after a save the newest snapshot says so.
 */
export function useKeepsNothing(): () => boolean {
  const { store } = useHostContext()
  return useCallback(() => store.latest()?.notices.some((notice) => notice.id === NOT_KEPT_NOTICE_ID) ?? false, [store])
}

const KEPT_UNTIL_CLOSED = msg('It is kept only until this tab is closed.')

/** A save's confirmation as it is true: where nothing is kept, it adds that the save lasts until the tab closes. */
export function useConfirmSaved(): (confirmation: string) => string {
  const keepsNothing = useKeepsNothing()
  const { t } = useTranslate()
  return useCallback(
    (confirmation) => (keepsNothing() ? `${confirmation} ${t(KEPT_UNTIL_CLOSED)}` : confirmation),
    [keepsNothing, t],
  )
}

/** A command's answer in the UI, with the snapshot it produced (brought by the push, not by the answer). */
export type Dispatched =
  Exclude<DispatchResult, { ok: true }> | (Extract<DispatchResult, { ok: true }> & { snapshot: Snapshot })

/** Sends a command and resolves once the snapshot it produced has arrived, so the caller sees its effect. */
export function useDispatch(): (command: Command) => Promise<Dispatched> {
  const { host, store } = useHostContext()
  return useCallback(
    async (command) => {
      try {
        const result = await host.api.dispatch(command)
        return result.ok ? { ...result, snapshot: await store.reach(result.revision) } : result
      } catch (error) {
        // the person reads plain words; what went wrong stays for developers
        return { ok: false, error: msg('Unknot could not reach its companion.'), detail: String(error) }
      }
    },
    [host, store],
  )
}
