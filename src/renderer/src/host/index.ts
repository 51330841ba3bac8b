import { browserHost } from './browser'
import { electronHost } from './electron'
import type { Host } from './types'

/** Chosen once at start-up: the desktop shell's bridge when it is there, the in-page companion otherwise. */
export function chooseHost(): Host {
  return window.unknot ? electronHost(window.unknot) : browserHost()
}
