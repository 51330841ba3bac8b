import type { PoseKey } from '../../../shared/routines'
import { FLOOR_Y, limbPath, shoulder, spinePath, type Body, type Prop } from './figure'
import { POSE_DRAWINGS } from './poses'
import './illustrations.css'

const FULL_VIEW_BOX = '0 0 120 100'
/** Floor exercises fit in the lower half; cropping to it draws the figure larger. */
const LYING_VIEW_BOX = '0 42 120 56'

function Figure({ body }: { body: Body }) {
  const top = shoulder(body)
  const [near, far] = [0, 1] as const
  return (
    <g className="figure">
      <g className="figure-far">
        <path d={limbPath(body.hip, body.knees[far], body.feet[far])} />
        <path d={limbPath(top, body.elbows[far], body.hands[far])} />
      </g>
      <path d={spinePath(body)} />
      <path d={limbPath(body.hip, body.knees[near], body.feet[near])} />
      <path d={limbPath(top, body.elbows[near], body.hands[near])} />
      <circle cx={body.head[0]} cy={body.head[1]} r={6} />
      {body.nose ? <path d={`M${body.head[0] + 5} ${body.head[1]} L${body.nose[0]} ${body.nose[1]}`} /> : null}
    </g>
  )
}

function PropShape({ prop }: { prop: Prop }) {
  switch (prop) {
    case 'floor':
      return <path className="prop" d={`M4 ${FLOOR_Y + 1} H116`} />
    case 'mat':
      return <rect className="prop prop-mat" x={8} y={FLOOR_Y - 3} width={104} height={4} rx={2} />
    case 'chair':
      return <path className="prop" d="M36 30 V62 H62 M38 62 V92 M60 62 V92" />
    case 'stool':
      return <path className="prop" d="M44 64 H76 M48 64 V92 M72 64 V92" />
    case 'desk':
      return <path className="prop" d="M64 50 H116 M112 50 V92 M95 50 V42 M92 16 H97 V42 H92 Z" />
    case 'gaze':
      return <path className="prop prop-gaze" d="M56 17 L116 8" />
  }
}

/**
 * A stick figure for an exercise. With two key poses it moves gently between them (CSS only); under
 * prefers-reduced-motion, or when `moving` is false, it holds the first pose.
 */
export function PoseIllustration({ pose, label, moving = true }: { pose: PoseKey; label: string; moving?: boolean }) {
  const drawing = POSE_DRAWINGS[pose]
  const [first, second] = drawing.frames
  const viewBox = drawing.props.includes('mat') ? LYING_VIEW_BOX : FULL_VIEW_BOX
  // Each key pose is its own layer in an HTML wrapper: Chrome runs an opacity animation of an HTML element on the
  // compositor, off the main thread, while one on SVG elements repaints the drawing on every frame.
  return (
    <div className={`pose${second && moving ? ' pose-moving' : ''}`} role="img" aria-label={label} data-pose={pose}>
      <svg className="pose-layer pose-props" viewBox={viewBox} aria-hidden="true">
        {drawing.props.map((prop) => (
          <PropShape key={prop} prop={prop} />
        ))}
      </svg>
      <div className="pose-frame pose-frame-a">
        <svg className="pose-layer" viewBox={viewBox} aria-hidden="true">
          <Figure body={first} />
        </svg>
      </div>
      {second ? (
        <div className="pose-frame pose-frame-b">
          <svg className="pose-layer" viewBox={viewBox} aria-hidden="true">
            <Figure body={second} />
          </svg>
        </div>
      ) : null}
    </div>
  )
}
