import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CAMERA_GLANCE_RESULT } from '../shared/contract/camera-channels'
import { glanceResultSchema } from '../shared/contract/camera-glance'
import type { CameraWindow } from './camera-window'
import { UntrustedSenderError } from './ipc'

export class UnreadableGlanceError extends Error {
  constructor() {
    super('Unknot refused a camera glance that held something other than its numbers.')
    this.name = 'UnreadableGlanceError'
  }
}

/**
 * Hears the camera page's answers. Only the camera window's own page, at its own address, may answer, and only
 * with the derived numbers the schema allows; anything else is refused and changes nothing. Returns how to stop.
 */
export function listenForGlances(
  camera: Pick<CameraWindow, 'owns' | 'answer'>,
  isTrustedFrame: (frameUrl: string | undefined) => boolean,
): () => void {
  ipcMain.handle(CAMERA_GLANCE_RESULT, (event: IpcMainInvokeEvent, raw: unknown) => {
    const frameUrl = event.senderFrame?.url
    if (!camera.owns(event.sender) || !isTrustedFrame(frameUrl)) throw new UntrustedSenderError(frameUrl)
    const parsed = glanceResultSchema.safeParse(raw)
    if (!parsed.success) throw new UnreadableGlanceError()
    camera.answer(parsed.data)
  })
  return () => ipcMain.removeHandler(CAMERA_GLANCE_RESULT)
}
