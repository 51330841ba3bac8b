import { systemPreferences } from 'electron'

/**
 * Asks the system whether Unknot may use the camera, once each time the person turns the camera on. Only macOS
 * has such a question for an app (its privacy prompt, the first time; its remembered answer after). Windows and
 * Linux have none to ask: there the session's permission handler is the gate, and a camera the system keeps from
 * apps shows up as the glance's own 'denied' or 'no-camera'.
 */
export function cameraAccess(platform: NodeJS.Platform = process.platform): () => Promise<boolean> {
  if (platform !== 'darwin') return () => Promise.resolve(true)
  return () => systemPreferences.askForMediaAccess('camera').catch(() => false)
}
