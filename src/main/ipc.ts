import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { channelOf } from '../shared/contract/channels'
import type { EventChannels, EventName, RequestChannels } from '../shared/contract/contract'

export interface IpcCompanion {
  dispatch(raw: unknown): ReturnType<RequestChannels['dispatch']>
  getSnapshot(): ReturnType<RequestChannels['getSnapshot']>
  query(raw: unknown): ReturnType<RequestChannels['query']>
}

/** The desktop checks, which validate what they are asked (`src/main/desktop-check`). */
export type IpcDesktopCheck = (raw: unknown) => Promise<ReturnType<RequestChannels['checkDesktop']>>

export class UntrustedSenderError extends Error {
  constructor(frameUrl: string | undefined) {
    super(`Unknot refused a request from a page it did not load (${frameUrl ?? 'unknown frame'}).`)
    this.name = 'UntrustedSenderError'
  }
}

/** Serves the contract's requests. Every call checks its sender before the companion sees the payload. */
export function setupIpc(
  companion: IpcCompanion,
  isTrusted: (frameUrl: string | undefined) => boolean,
  checkDesktop: IpcDesktopCheck,
): () => void {
  const guard = (event: IpcMainInvokeEvent): void => {
    const frameUrl = event.senderFrame?.url
    if (!isTrusted(frameUrl)) throw new UntrustedSenderError(frameUrl)
  }
  const handlers: { [K in keyof RequestChannels]: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown } = {
    dispatch: (event, command) => {
      guard(event)
      return companion.dispatch(command)
    },
    getSnapshot: (event) => {
      guard(event)
      return companion.getSnapshot()
    },
    query: (event, query) => {
      guard(event)
      return companion.query(query)
    },
    checkDesktop: (event, request) => {
      guard(event)
      return checkDesktop(request)
    },
  }
  for (const [name, handler] of Object.entries(handlers))
    ipcMain.handle(channelOf(name as keyof RequestChannels), handler)
  return () => {
    for (const name of Object.keys(handlers)) ipcMain.removeHandler(channelOf(name as keyof RequestChannels))
  }
}

export function push<K extends EventName>(contents: WebContents, event: K, payload: EventChannels[K]): void {
  if (!contents.isDestroyed()) contents.send(channelOf(event), payload)
}
