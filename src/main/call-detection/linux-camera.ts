import { readdir, readlink } from 'node:fs/promises'
import { msg } from '../../shared/i18n/catalog'
import { FREE, IN_USE, unknownUse, type DeviceUse } from './device-use'

/** The two directory calls the scan needs; tests wrap the real ones to fake a permission error. */
export interface ProcFs {
  readdir(path: string): Promise<string[]>
  readlink(path: string): Promise<string>
}

export const nodeProcFs: ProcFs = { readdir: (path) => readdir(path), readlink: (path) => readlink(path) }

const VIDEO_DEVICE = /^\/dev\/video\d+$/
const PROCESS_ID = /^\d+$/

/**
 * The camera is in use when a process other than ours holds a /dev/video* device open. Only the open file
 * descriptors we may read are seen: other users' processes are skipped, as are processes that end mid-scan.
 */
export async function readLinuxCamera(procRoot: string, ownPids: readonly number[], fs: ProcFs): Promise<DeviceUse> {
  let entries: string[]
  try {
    entries = await fs.readdir(procRoot)
  } catch (error) {
    return unknownUse({
      text: msg('Unknot cannot list the processes in {{folder}}: {{error}}'),
      values: { folder: procRoot, error: error instanceof Error ? error.message : String(error) },
    })
  }
  const own = new Set(ownPids)
  for (const entry of entries) {
    if (!PROCESS_ID.test(entry) || own.has(Number(entry))) continue
    if (await holdsVideoDevice(`${procRoot}/${entry}/fd`, fs)) return IN_USE
  }
  return FREE
}

async function holdsVideoDevice(fdDir: string, fs: ProcFs): Promise<boolean> {
  const fds = await fs.readdir(fdDir).catch(() => [])
  const targets = await Promise.all(fds.map((fd) => fs.readlink(`${fdDir}/${fd}`).catch(() => '')))
  return targets.some((target) => VIDEO_DEVICE.test(target))
}
