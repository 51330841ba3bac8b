import type { CameraApi } from '../shared/contract/camera-channels'

declare global {
  interface Window {
    /** present only inside the desktop's hidden camera window */
    unknotCamera?: CameraApi
  }
}

export {}
