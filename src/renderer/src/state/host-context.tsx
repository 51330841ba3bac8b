import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { Command, DispatchResult, Snapshot } from '../../../shared/contract/contract'
import { msg } from '../../../shared/i18n'
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
