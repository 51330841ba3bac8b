import type { UnknotApi } from '../../../shared/contract/contract'
import type { Host } from './types'

/** Inside the desktop shell the companion runs in the main process; the preload hands us the contract. */
export function electronHost(bridge: UnknotApi): Host {
  return { kind: 'electron', api: bridge }
}
