import type { UnknotApi } from '../../../shared/contract'

export type HostKind = 'electron' | 'browser'

/** What the UI talks to: the contract, wherever the companion runs. */
export interface Host {
  kind: HostKind
  api: UnknotApi
}
