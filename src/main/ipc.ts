import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { CAMERA_GLANCE_RESULT, type GlanceResult } from '../shared/contract/camera-channels'
import { glanceResultSchema } from '../shared/contract/camera-glance'
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

export class UnreadableGlanceError extends Error {
  constructor() {
    super('Unknot refused a camera glance that held something other than its numbers.')
    this.name = 'UnreadableGlanceError'
  }
}

/** The camera window as the glance gateway sees it: who it is, and where its answers go. */
export interface GlanceReceiver {
  owns(contents: WebContents): boolean
  answer(result: GlanceResult): void
}

/**
 * Hears the camera page's answers. Only the camera window's own page, at its own address, may answer, and only with
 * the derived numbers the schema allows; anything else is refused and changes nothing. Returns how to stop.
 */
export function setupGlanceIpc(
  camera: GlanceReceiver,
  isTrustedFrame: (frameUrl: string | undefined) => boolean,
): () => void {
  ipcMain.handle(CAMERA_GLANCE_RESULT, (event, raw: unknown) => {
    const frameUrl = event.senderFrame?.url
    if (!camera.owns(event.sender) || !isTrustedFrame(frameUrl)) throw new UntrustedSenderError(frameUrl)
    const parsed = glanceResultSchema.safeParse(raw)
    if (!parsed.success) throw new UnreadableGlanceError()
    camera.answer(parsed.data)
  })
  return () => ipcMain.removeHandler(CAMERA_GLANCE_RESULT)
}

export function push<K extends EventName>(contents: WebContents, event: K, payload: EventChannels[K]): void {
  if (!contents.isDestroyed()) contents.send(channelOf(event), payload)
}
