import { app } from 'electron'

/** Returns false when another Unknot already runs (this one should quit); that one is then asked to show itself. */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', onSecondInstance)
  return true
}
