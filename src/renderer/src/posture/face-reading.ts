import type { FaceReading } from '../../../shared/posture'

export interface Point {
  x: number
  y: number
}

const mean = (points: Point[]): Point => ({
  x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
  y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
})

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * The derived numbers of one face, all that leaves the page: the box's centre and height as fractions of the
 * frame, and the roll of the line through the two eyes' centres (0 when level).
 */
export function faceReading(
  box: { x: number; y: number; width: number; height: number },
  eyes: { left: Point[]; right: Point[] },
  frame: { width: number; height: number },
): FaceReading {
  const left = mean(eyes.left)
  const right = mean(eyes.right)
  const roll = (Math.atan2(right.y - left.y, right.x - left.x) * 180) / Math.PI
  return {
    x: clamp((box.x + box.width / 2) / frame.width, 0, 1),
    y: clamp((box.y + box.height / 2) / frame.height, 0, 1),
    size: clamp(box.height / frame.height, 0.001, 2),
    roll: clamp(roll, -90, 90),
  }
}
