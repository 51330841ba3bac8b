import { app } from 'electron'
import { isCommandLineLaunch } from './command-line/launch'

/**
 * Returns false when another Unknot already runs (this one should quit); that one is then asked to show itself,
 * unless the launch carried a command (`unknot status`), which the command line answers instead.
 */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', (_event, _argv, _cwd, data) => {
    if (!isCommandLineLaunch(data)) onSecondInstance()
  })
  return true
}
