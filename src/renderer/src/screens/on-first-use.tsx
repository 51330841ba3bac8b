import { useEffect, useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'

export interface OnFirstUse<P> {
  /** The screen once its code is here; meanwhile a polite "Loading…", and if the code cannot load, a retry. */
  readonly View: ComponentType<P>
  /** Fetches the screen's code once (later calls share it); a failed fetch is tried afresh next time. */
  readonly load: () => Promise<unknown>
}

/**
 * A screen whose code loads the first time it is needed. Unlike React.lazy, showing it waits on the import's promise
 * and a state update only, never on a timer, so it appears as soon as the code is here (and a paused test clock
 * does not hold it back). Once loaded, the screen renders at once, with no loading step.
 */
export function onFirstUse<P extends object>(importScreen: () => Promise<ComponentType<P>>): OnFirstUse<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const load = (): Promise<ComponentType<P>> => {
    loading ??= importScreen().then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }

  function View(props: P) {
    // The code itself is kept in `loaded`; the state only says when to look again.
    const [status, setStatus] = useState<'loading' | 'failed' | 'loaded'>(loaded ? 'loaded' : 'loading')
    useEffect(() => {
      if (status !== 'loading') return
      let live = true
      load().then(
        () => live && setStatus('loaded'),
        () => live && setStatus('failed'),
      )
      return () => {
        live = false
      }
    }, [status])

    if (loaded) {
      const Screen = loaded
      return <Screen {...props} />
    }
    return status === 'failed' ? <LoadFailed retry={() => setStatus('loading')} /> : <Loading />
  }
  return { View, load }
}

function Loading() {
  const { t } = useTranslation()
  return <p role="status">{t('Loading…')}</p>
}

function LoadFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation()
  return (
    <div role="alert">
      <p>{t('This screen could not be loaded. Check your connection, then try again.')}</p>
      <button type="button" onClick={retry}>
        {t('Try again')}
      </button>
    </div>
  )
}
