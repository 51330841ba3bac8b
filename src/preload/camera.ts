import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  CAMERA_GLANCE_REQUEST,
  CAMERA_GLANCE_RESULT,
  type CameraApi,
  type GlanceRequest,
} from '../shared/contract/camera-channels'

/**
 * The hidden camera window's preload: it can hear a request for a glance and answer it, nothing more (no commands,
 * no snapshot). Main checks who answers and what; the main window's preload offers none of this.
 */
const api: CameraApi = {
  onGlanceRequest(listener) {
    const forward = (_event: IpcRendererEvent, request: GlanceRequest): void => listener(request)
    ipcRenderer.on(CAMERA_GLANCE_REQUEST, forward)
    return () => {
      ipcRenderer.removeListener(CAMERA_GLANCE_REQUEST, forward)
    }
  },
  sendGlance: async (result) => {
    await ipcRenderer.invoke(CAMERA_GLANCE_RESULT, result)
  },
}

contextBridge.exposeInMainWorld('unknotCamera', api)
