import { msg } from '../../shared/i18n/catalog'
import type { Message } from '../../shared/kernel/message'
import { describeFailure, type RunCommand } from './command'
import { FREE, IN_USE, unknownUse, type DeviceUse } from './device-use'

/** A capture stream as pactl lists it: which source it records and which process opened it. */
interface SourceOutput {
  source: number
  processId: number | undefined
}

/**
 * The microphone is in use when another program records from a real source. A stream recording a sink's monitor
 * (what the speakers play: a screen recorder, a visualiser) is not a microphone and does not count. Paused (corked)
 * streams count: call apps keep their stream while the person is muted, and a muted person is still in a call.
 * PipeWire answers pactl too (pipewire-pulse), so one adapter covers both sound servers.
 */
export async function readLinuxMicrophone(
  run: RunCommand,
  ownPids: readonly number[],
  timeoutMs: number,
): Promise<DeviceUse> {
  const outputs = await listSourceOutputs(run, timeoutMs)
  if (!Array.isArray(outputs)) return unknownUse(outputs)
  const own = new Set(ownPids)
  const others = outputs.filter((output) => output.processId === undefined || !own.has(output.processId))
  if (others.length === 0) return FREE
  const monitors = await listMonitorSources(run, timeoutMs)
  if (!(monitors instanceof Set)) return unknownUse(monitors)
  return others.some((output) => !monitors.has(output.source)) ? IN_USE : FREE
}

/** The streams, or a sentence saying why there are none to read. JSON first (pactl 16+), then the text form. */
async function listSourceOutputs(run: RunCommand, timeoutMs: number): Promise<SourceOutput[] | Message> {
  let json: string
  try {
    json = await run('pactl', ['-f', 'json', 'list', 'source-outputs'], { timeoutMs })
  } catch (error) {
    if (isMissing(error)) return describeFailure('pactl', error)
    return listSourceOutputsAsText(run, timeoutMs)
  }
  return parseSourceOutputsJson(json) ?? listSourceOutputsAsText(run, timeoutMs)
}

async function listSourceOutputsAsText(run: RunCommand, timeoutMs: number): Promise<SourceOutput[] | Message> {
  let text: string
  try {
    text = await run('pactl', ['list', 'source-outputs'], { timeoutMs })
  } catch (error) {
    return describeFailure('pactl', error)
  }
  return (
    parseSourceOutputsText(text) ?? { text: msg('pactl listed capture streams in a form Unknot does not understand.') }
  )
}

/** Indexes of the sources that are monitors of a sink (named "<sink>.monitor" by PulseAudio and PipeWire). */
async function listMonitorSources(run: RunCommand, timeoutMs: number): Promise<Set<number> | Message> {
  let text: string
  try {
    text = await run('pactl', ['list', 'short', 'sources'], { timeoutMs })
  } catch (error) {
    return describeFailure('pactl', error)
  }
  const monitors = new Set<number>()
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const [index, name] = line.split('\t')
    if (!/^\d+$/.test(index ?? '') || !name)
      return { text: msg('pactl listed sound sources in a form Unknot does not understand.') }
    if (name.endsWith('.monitor')) monitors.add(Number(index))
  }
  return monitors
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ENOENT'
}

export function parseSourceOutputsJson(json: string): SourceOutput[] | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed)) return undefined
  const outputs: SourceOutput[] = []
  for (const item of parsed as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined
    const { source, properties } = item as { source?: unknown; properties?: unknown }
    if (typeof source !== 'number') return undefined
    const processId = (properties as Record<string, unknown> | undefined)?.['application.process.id']
    outputs.push({ source, processId: toProcessId(processId) })
  }
  return outputs
}

/** Reads the text form, block by block ("Source Output #N", then "Source: <index>" and the properties). */
export function parseSourceOutputsText(text: string): SourceOutput[] | undefined {
  const blocks = text.split(/^Source Output #\d+\s*$/m)
  const before = blocks.shift() ?? ''
  if (before.trim()) return undefined
  const outputs: SourceOutput[] = []
  for (const block of blocks) {
    const source = /^\s+Source: (\d+)\s*$/m.exec(block)?.[1]
    if (source === undefined) return undefined
    const processId = /^\s+application\.process\.id = "([^"]*)"\s*$/m.exec(block)?.[1]
    outputs.push({ source: Number(source), processId: toProcessId(processId) })
  }
  return outputs
}

function toProcessId(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : undefined
}
