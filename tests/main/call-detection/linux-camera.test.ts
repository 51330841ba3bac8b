import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeProcFs, readLinuxCamera, type ProcFs } from '../../../src/main/call-detection/linux-camera'
import { english } from './fake-runner'

const OWN_PID = 777

let proc: string

/** A process directory with one fd link per target, as /proc/<pid>/fd shows open files. */
function addProcess(pid: number, targets: string[]): void {
  const fdDir = join(proc, String(pid), 'fd')
  mkdirSync(fdDir, { recursive: true })
  targets.forEach((target, fd) => symlinkSync(target, join(fdDir, String(fd))))
}

const permissionDenied = (path: string): Error =>
  Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' })

/**
 * Runs as root here, so a mode-000 directory would still be readable: the fake wraps the real calls and refuses
 * one process's fd directory the way the kernel refuses another user's.
 */
function refusing(pid: number): ProcFs {
  const refused = join(proc, String(pid), 'fd')
  return {
    readdir: (path) => (path === refused ? Promise.reject(permissionDenied(path)) : nodeProcFs.readdir(path)),
    readlink: (path) => (path.startsWith(refused) ? Promise.reject(permissionDenied(path)) : nodeProcFs.readlink(path)),
  }
}

beforeEach(() => {
  proc = mkdtempSync(join(tmpdir(), 'unknot-fake-proc-'))
  // what /proc also holds besides process directories
  mkdirSync(join(proc, 'sys'))
  writeFileSync(join(proc, 'uptime'), '3600.12 7000.55\n')
  addProcess(1, ['/dev/null', '/dev/null', '/dev/null', 'socket:[1234]'])
  addProcess(2100, ['/dev/pts/0', '/home/ana/notes.txt', 'anon_inode:[eventfd]', '/dev/snd/pcmC0D0c'])
})

afterEach(() => rmSync(proc, { recursive: true, force: true }))

describe('the Linux camera detector', () => {
  it('sees the camera in use when another process holds a /dev/video device open', async () => {
    addProcess(5150, ['/dev/null', 'pipe:[99]', '/dev/video0', '/dev/media0'])
    expect(await readLinuxCamera(proc, [OWN_PID], nodeProcFs)).toEqual({ state: 'in-use' })
  })

  it('sees any numbered video device, not only the first', async () => {
    addProcess(5150, ['/dev/video2'])
    expect(await readLinuxCamera(proc, [OWN_PID], nodeProcFs)).toEqual({ state: 'in-use' })
  })

  it('calls the camera free when no process holds a video device', async () => {
    expect(await readLinuxCamera(proc, [OWN_PID], nodeProcFs)).toEqual({ state: 'free' })
  })

  it('does not mistake files that only look like video devices for one', async () => {
    addProcess(5150, ['/dev/video', '/dev/videodev-notes.txt', '/home/ana/dev/video0', '/dev/video0 (deleted)'])
    expect(await readLinuxCamera(proc, [OWN_PID], nodeProcFs)).toEqual({ state: 'free' })
  })

  it("never counts Unknot's own processes holding the camera", async () => {
    addProcess(OWN_PID, ['/dev/video0'])
    addProcess(OWN_PID + 1, ['/dev/video1'])
    expect(await readLinuxCamera(proc, [OWN_PID, OWN_PID + 1], nodeProcFs)).toEqual({ state: 'free' })
  })

  it('still sees another process while ours also holds the camera', async () => {
    addProcess(OWN_PID, ['/dev/video0'])
    addProcess(5150, ['/dev/video0'])
    expect(await readLinuxCamera(proc, [OWN_PID], nodeProcFs)).toEqual({ state: 'in-use' })
  })

  it("skips processes whose fd directory it may not read (other users') and reads the rest", async () => {
    addProcess(3000, ['/dev/video0'])
    expect(await readLinuxCamera(proc, [OWN_PID], refusing(3000))).toEqual({ state: 'free' })
    addProcess(5150, ['/dev/video0'])
    expect(await readLinuxCamera(proc, [OWN_PID], refusing(3000))).toEqual({ state: 'in-use' })
  })

  it('skips a process that ended between the listing and the reading (no fd directory)', async () => {
    mkdirSync(join(proc, '4000'))
    addProcess(5150, ['/dev/video0'])
    expect(await readLinuxCamera(proc, [OWN_PID], nodeProcFs)).toEqual({ state: 'in-use' })
  })

  it('reports unknown, with the reason, when the process list itself cannot be read', async () => {
    const missing = join(proc, 'no-such-proc')
    const use = await readLinuxCamera(missing, [OWN_PID], nodeProcFs)
    expect(use.state).toBe('unknown')
    expect(use.state === 'unknown' && english(use.reason)).toContain(`Unknot cannot list the processes in ${missing}: `)
  })
})
