import { msg } from '../../shared/i18n/catalog'
import { describeFailure, type RunCommand } from './command'
import { FREE, IN_USE, unknownUse, type DeviceUse } from './device-use'

const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

export type ConsentCapability = 'webcam' | 'microphone'

/** Per device, so each language words the sentence whole. */
const NOT_UNDERSTOOD: Record<ConsentCapability, string> = {
  webcam: msg('reg listed the camera consent store in a form Unknot does not understand.'),
  microphone: msg('reg listed the microphone consent store in a form Unknot does not understand.'),
}

/**
 * Windows records, per app and per device, when it last started and stopped using it; an app whose
 * LastUsedTimeStop is 0 is using the device now. Store apps have a key named after their package, desktop apps a
 * key under NonPackaged named after their executable's path with '#' for '\'. Our own executable never counts.
 */
export async function readWindowsConsentStore(
  capability: ConsentCapability,
  run: RunCommand,
  ownExecutablePath: string,
  timeoutMs: number,
): Promise<DeviceUse> {
  let output: string
  try {
    output = await run('reg', ['query', `${CONSENT_STORE}\\${capability}`, '/s'], { timeoutMs })
  } catch (error) {
    return unknownUse(describeFailure('reg', error))
  }
  const error = /^ERROR: .*$/m.exec(output)
  if (error)
    return unknownUse({
      text: msg('{{program}} failed: {{error}}'),
      values: { program: 'reg', error: error[0].trim() },
    })
  const keys = parseRegQuery(output)
  if (!keys) return unknownUse({ text: NOT_UNDERSTOOD[capability] })
  const own = ownExecutablePath.toLowerCase()
  const users = [...keys].filter(
    ([key, values]) => values.get('LastUsedTimeStop') === 0n && executableOf(key)?.toLowerCase() !== own,
  )
  return users.length > 0 ? IN_USE : FREE
}

/** The executable path of a NonPackaged (desktop app) key, undefined for store apps. */
function executableOf(key: string): string | undefined {
  const match = /\\NonPackaged\\([^\\]+)$/i.exec(key)
  return match?.[1]?.replaceAll('#', '\\')
}

/**
 * `reg query /s` output: a key's full path on its own line, then its values indented as "name  TYPE  data".
 * Only REG_QWORD values are kept (the usage times); undefined when the text is not reg's.
 */
export function parseRegQuery(output: string): Map<string, Map<string, bigint>> | undefined {
  const keys = new Map<string, Map<string, bigint>>()
  let current: Map<string, bigint> | undefined
  for (const line of output.split(/\r?\n/)) {
    if (!line.trim()) continue
    if (/^HKEY_[A-Z_]+(\\|$)/.test(line)) {
      current = new Map()
      keys.set(line.trim(), current)
      continue
    }
    const value = /^\s+(.+?)\s{2,}(REG_[A-Z_]+)(?:\s{2,}(.*))?$/.exec(line)
    if (!value || !current) return undefined
    const [, name, type, data] = value
    if (type === 'REG_QWORD' && name && data && /^0x[0-9a-f]+$/i.test(data.trim()))
      current.set(name, BigInt(data.trim()))
  }
  return keys.size > 0 ? keys : undefined
}
