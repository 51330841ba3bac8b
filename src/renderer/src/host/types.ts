import type { UnknotApi } from '../../../shared/contract/contract'

export type HostKind = 'electron' | 'browser'

/** Permissions only a browser asks for; each request must come from a click. */
export interface BrowserPermissions {
  notificationPermission(): 'granted' | 'denied' | 'default' | 'unsupported'
  requestNotifications(): Promise<'granted' | 'denied' | 'default' | 'unsupported'>
  idleDetectionAvailable: boolean
  /** asks for the Idle Detection API and, when allowed, switches the idle source to it */
  requestIdleDetection(): Promise<boolean>
}

/** What the UI talks to: the contract, wherever the companion runs. */
export interface Host {
  kind: HostKind
  api: UnknotApi
  browser?: BrowserPermissions
}
