import type { UnknotApi } from '../shared/contract/contract'

declare global {
  interface Window {
    /** present only inside the Electron shell */
    unknot?: UnknotApi
  }
}

export {}
