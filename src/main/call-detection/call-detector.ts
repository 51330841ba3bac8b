import { msg } from '../../shared/i18n/catalog'
import type { Message } from '../../shared/kernel/message'
import { DETECTOR_TIMEOUT_MS, runCommand, withTimeout, type RunCommand } from './command'
import { unknownUse, type CallReading, type DeviceUse } from './device-use'
import { nodeProcFs, readLinuxCamera, type ProcFs } from './linux-camera'
import { readLinuxMicrophone } from './linux-microphone'
import { readWindowsConsentStore } from './windows-consent-store'

export { isInCall, type CallReading, type DeviceUse } from './device-use'

export const MACOS_REASON: Message = {
  text: msg('macOS tells which program uses the camera or microphone only to native code, which Unknot does not ship.'),
}

/** Per device, so each language words the sentence whole. */
const DEVICE_FAILED: Record<keyof CallReading, { failed: string; late: string }> = {
  camera: {
    failed: msg('The camera check failed: {{error}}'),
    late: msg('The camera check gave no answer in {{seconds}} s.'),
  },
  microphone: {
    failed: msg('The microphone check failed: {{error}}'),
    late: msg('The microphone check gave no answer in {{seconds}} s.'),
  },
}

export interface CallDetectorDeps {
  platform: NodeJS.Platform
  /** Unknot's own processes, asked at every reading: their use of a device never counts as a call. */
  ownPids(): readonly number[]
  /** Unknot's own executable (Windows names desktop apps by their path). */
  ownExecutablePath?: string
  procRoot?: string
  procFs?: ProcFs
  run?: RunCommand
  timeoutMs?: number
}

export interface CallDetector {
  /** Never rejects: a detector that fails answers 'unknown' with its reason. */
  read(): Promise<CallReading>
}

export function createCallDetector(deps: CallDetectorDeps): CallDetector {
  const run = deps.run ?? runCommand
  const timeoutMs = deps.timeoutMs ?? DETECTOR_TIMEOUT_MS
  const ownExecutablePath = deps.ownExecutablePath ?? ''

  const readers = ((): Record<keyof CallReading, (ownPids: readonly number[]) => Promise<DeviceUse>> => {
    switch (deps.platform) {
      case 'linux':
        return {
          camera: (ownPids) => readLinuxCamera(deps.procRoot ?? '/proc', ownPids, deps.procFs ?? nodeProcFs),
          microphone: (ownPids) => readLinuxMicrophone(run, ownPids, timeoutMs),
        }
      case 'win32':
        return {
          camera: () => readWindowsConsentStore('webcam', run, ownExecutablePath, timeoutMs),
          microphone: () => readWindowsConsentStore('microphone', run, ownExecutablePath, timeoutMs),
        }
      case 'darwin': {
        const macos = async (): Promise<DeviceUse> => unknownUse(MACOS_REASON)
        return { camera: macos, microphone: macos }
      }
      default: {
        const unsupported = async (): Promise<DeviceUse> =>
          unknownUse({
            text: msg('Unknot cannot see camera or microphone use on {{platform}}.'),
            values: { platform: deps.platform },
          })
        return { camera: unsupported, microphone: unsupported }
      }
    }
  })()

  const readDevice = (device: keyof CallReading, ownPids: readonly number[]): Promise<DeviceUse> => {
    const reading = Promise.resolve()
      .then(() => readers[device](ownPids))
      .catch((error: unknown) => unknownUse({ text: DEVICE_FAILED[device].failed, values: { error: String(error) } }))
    return withTimeout(reading, timeoutMs, () =>
      unknownUse({ text: DEVICE_FAILED[device].late, values: { seconds: timeoutMs / 1000 } }),
    )
  }

  return {
    async read() {
      let ownPids: readonly number[]
      try {
        ownPids = deps.ownPids()
      } catch {
        ownPids = []
      }
      const [camera, microphone] = await Promise.all([readDevice('camera', ownPids), readDevice('microphone', ownPids)])
      return { camera, microphone }
    },
  }
}
