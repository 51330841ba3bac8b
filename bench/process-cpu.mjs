// CPU time, not wall time: on a machine shared with other work a task's wall time grows with the load, its CPU
// time does not. Linux only (it reads /proc); elsewhere `processTreeCpuMs` gives null.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const ticksPerSecond = () => Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())

/** The user and system CPU time so far of every process this one started, and theirs (a browser's renderer, GPU…). */
export function processTreeCpuMs(root = process.pid) {
  if (!existsSync('/proc/self/stat')) return null
  const msPerTick = 1000 / ticksPerSecond()
  const processes = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // it ended while the list was read
    }
    // after "pid (name) ": state, ppid, … utime is the 14th field of the line, stime the 15th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    processes.push({ pid: Number(entry), parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) })
  }
  const tree = new Set([root])
  for (let grew = true; grew;) {
    grew = false
    for (const { pid, parent } of processes) {
      if (tree.has(parent) && !tree.has(pid)) grew = tree.add(pid) !== undefined
    }
  }
  tree.delete(root)
  return processes.filter(({ pid }) => tree.has(pid)).reduce((sum, { ticks }) => sum + ticks * msPerTick, 0)
}
