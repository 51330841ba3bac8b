/** A point in the 120 × 100 drawing box; the floor is at y = 92. */
export type Pt = readonly [number, number]

/**
 * A stick figure seen from the side, facing right. Limbs come in pairs: [near, far] (the far one is drawn
 * fainter). `spine` bends the back (a curve's control point); without it the back is straight.
 */
export interface Body {
  head: Pt
  neck: Pt
  hip: Pt
  spine?: Pt
  knees: readonly [Pt, Pt]
  feet: readonly [Pt, Pt]
  elbows: readonly [Pt, Pt]
  hands: readonly [Pt, Pt]
  /** End of a short line from the head showing where the face points. */
  nose?: Pt
}

export type Prop = 'floor' | 'mat' | 'chair' | 'stool' | 'desk' | 'gaze'

export interface PoseDrawing {
  props: readonly Prop[]
  /** One key pose (static) or two the figure moves between. */
  frames: readonly [Body] | readonly [Body, Body]
}

export const FLOOR_Y = 92

function pt([x, y]: Pt): string {
  return `${x} ${y}`
}

export function limbPath(from: Pt, joint: Pt, to: Pt): string {
  return `M${pt(from)} L${pt(joint)} L${pt(to)}`
}

export function spinePath(body: Body): string {
  return body.spine ? `M${pt(body.neck)} Q${pt(body.spine)} ${pt(body.hip)}` : `M${pt(body.neck)} L${pt(body.hip)}`
}

/** Shoulders sit a little below the neck point along the back. */
export function shoulder(body: Body): Pt {
  const [nx, ny] = body.neck
  const [hx, hy] = body.spine ?? body.hip
  const length = Math.hypot(hx - nx, hy - ny) || 1
  return [nx + ((hx - nx) / length) * 3, ny + ((hy - ny) / length) * 3]
}

/** Replaces some joints of a base body: poses are written as small changes to a few postures. */
export function pose(base: Body, changes: Partial<Body>): Body {
  return { ...base, ...changes }
}
