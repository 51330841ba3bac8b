import type { Companion } from '../../../shared/app/companion'
import type { TimerHandle, Timers } from '../../../shared/kernel/time'

/**
 * How long the person has been idle, as the web companion can know it. With the Idle Detection API (where the
 * browser offers it and the person allows it) that is system-wide; otherwise only input in this page counts, and
 * while the page is hidden we cannot tell, so the person is taken to be working elsewhere (never a false break).
 */
export type IdleSourceKind = 'idle-detection' | 'page-activity'

export interface BrowserIdleSource {
  kind: IdleSourceKind
  /** seconds since the last input the source can see */
  idleSeconds(): number
  stop(): void
}

const ACTIVITY_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const

export function pageActivityIdleSource(target: Window = window, now: () => number = Date.now): BrowserIdleSource {
  let lastActivity = now()
  const mark = (): void => {
    lastActivity = now()
  }
  for (const event of ACTIVITY_EVENTS) target.addEventListener(event, mark, { passive: true, capture: true })
  target.document.addEventListener('visibilitychange', mark)
  return {
    kind: 'page-activity',
    idleSeconds: () => (target.document.visibilityState === 'hidden' ? 0 : Math.floor((now() - lastActivity) / 1000)),
    stop: () => {
      for (const event of ACTIVITY_EVENTS) target.removeEventListener(event, mark, { capture: true })
      target.document.removeEventListener('visibilitychange', mark)
    },
  }
}

interface IdleDetectorLike extends EventTarget {
  userState: 'active' | 'idle' | null
  screenState: 'locked' | 'unlocked' | null
  start(options: { threshold: number; signal?: AbortSignal }): Promise<void>
}

interface IdleDetectorConstructor {
  new (): IdleDetectorLike
  requestPermission(): Promise<'granted' | 'denied'>
}

/** The smallest threshold the Idle Detection API accepts. */
const IDLE_DETECTION_THRESHOLD_MS = 60_000

/**
 * Uses the Idle Detection API if the permission was already granted (asking needs a click: see
 * `requestIdleDetection`). Returns undefined where it is missing or not allowed.
 */
export async function idleDetectionSource(now: () => number = Date.now): Promise<BrowserIdleSource | undefined> {
  const Detector = (globalThis as { IdleDetector?: IdleDetectorConstructor }).IdleDetector
  if (!Detector || !('permissions' in navigator)) return undefined
  try {
    const status = await navigator.permissions.query({ name: 'idle-detection' as PermissionName })
    if (status.state !== 'granted') return undefined
    const detector = new Detector()
    const controller = new AbortController()
    let idleSince: number | undefined
    detector.addEventListener('change', () => {
      const idle = detector.userState === 'idle' || detector.screenState === 'locked'
      if (!idle) idleSince = undefined
      else idleSince ??= now() - IDLE_DETECTION_THRESHOLD_MS
    })
    await detector.start({ threshold: IDLE_DETECTION_THRESHOLD_MS, signal: controller.signal })
    return {
      kind: 'idle-detection',
      idleSeconds: () => (idleSince === undefined ? 0 : Math.floor((now() - idleSince) / 1000)),
      stop: () => controller.abort(),
    }
  } catch {
    return undefined
  }
}

/** Must be called from a click: browsers only ask for this permission in response to a gesture. */
export async function requestIdleDetection(): Promise<boolean> {
  const Detector = (globalThis as { IdleDetector?: IdleDetectorConstructor }).IdleDetector
  if (!Detector) return false
  try {
    return (await Detector.requestPermission()) === 'granted'
  } catch {
    return false
  }
}

/**
 * Feeds the companion idle readings when its reading schedule asks (before idle could reach the away threshold,
 * once a minute while away), as the desktop host does: from page activity at once, and from the Idle Detection API
 * as soon as it is found allowed (it may be granted later from Settings; `upgrade` re-checks).
 */
export function watchBrowserIdle(
  companion: Companion,
  timers: Timers,
): { upgrade: () => Promise<void>; stop: () => void } {
  let source: BrowserIdleSource = pageActivityIdleSource()
  let handle: TimerHandle | undefined
  const plan = (): void => {
    if (handle) timers.clear(handle)
    handle = timers.setTimeout(read, companion.nextReadingMs())
  }
  const read = (): void => {
    handle = undefined
    companion.observe({ type: 'idle', seconds: source.idleSeconds() })
    plan()
  }
  const upgrade = async (): Promise<void> => {
    const detected = await idleDetectionSource()
    if (!detected) return
    source.stop()
    source = detected
    companion.observe({ type: 'idle-source', kind: detected.kind })
  }
  const unsubscribe = companion.subscribe(plan)
  read()
  void upgrade()
  const stop = (): void => {
    unsubscribe()
    if (handle) timers.clear(handle)
    source.stop()
  }
  return { upgrade, stop }
}
