import type { HostInput } from '../contract/contract'
import type { TimerHandle, Timers } from '../kernel/time'
import type { CameraProblem, FaceReading, PostureView } from '../posture'

/** What taking one glance gave: the derived numbers of a face (or null for nobody), or why there was none. */
export type GlanceOutcome = { ok: true; face: FaceReading | null } | { ok: false; problem: CameraProblem }

/**
 * Takes camera glances while the snapshot asks for them: one soon after the camera is turned on, one right away
 * when a calibration waits, then one per interval; none while away, locked or in a call, and never two at once.
 * Every outcome goes to the core as a host input; the frames stay with `take`.
 */
export class GlanceLoop {
  private timer: TimerHandle | null = null
  private taking = false
  private view: PostureView | null = null

  constructor(
    private readonly timers: Timers,
    private readonly take: () => Promise<GlanceOutcome>,
    private readonly report: (input: HostInput) => void,
  ) {}

  /** Called with every snapshot's posture view. */
  update(view: PostureView): void {
    const previous = this.view
    this.view = view
    if (!view.glancing) return this.cancel()
    if (this.taking) return
    if (view.calibrating === 'waiting') return this.schedule(0)
    if (this.timer === null || previous?.glanceEveryMs !== view.glanceEveryMs) {
      this.schedule(previous?.glancing ? view.glanceEveryMs : 0)
    }
  }

  dispose(): void {
    this.cancel()
    this.view = null
  }

  private cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer)
    this.timer = null
  }

  private schedule(delayMs: number): void {
    this.cancel()
    this.timer = this.timers.setTimeout(() => void this.glance(), delayMs)
  }

  private async glance(): Promise<void> {
    this.timer = null
    this.taking = true
    let outcome: GlanceOutcome
    try {
      outcome = await this.take()
    } catch {
      outcome = { ok: false, problem: 'failed' }
    }
    this.taking = false
    if (!this.view?.glancing) return
    this.report(
      outcome.ok ? { type: 'glance', face: outcome.face } : { type: 'camera-problem', problem: outcome.problem },
    )
    // the report may have published a snapshot that scheduled already
    if (this.timer === null && this.view?.glancing) this.schedule(this.view.glanceEveryMs)
  }
}
