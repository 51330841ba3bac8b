import { describe, expect, it } from 'vitest'
import { faceReading } from '../../../src/renderer/src/posture/face-reading'

const eye = (x: number, y: number) => [
  { x: x - 5, y },
  { x: x + 5, y },
]

describe('faceReading', () => {
  it('keeps the box as fractions of the frame and the eye line as a roll in degrees', () => {
    const reading = faceReading(
      { x: 270, y: 130, width: 100, height: 120 },
      { left: eye(295, 180), right: eye(345, 180) },
      { width: 640, height: 480 },
    )
    expect(reading.x).toBeCloseTo(0.5)
    expect(reading.y).toBeCloseTo(190 / 480)
    expect(reading.size).toBeCloseTo(0.25)
    expect(reading.roll).toBeCloseTo(0)
  })

  it('reads a head rolled towards one shoulder from the eyes, not from the box', () => {
    const reading = faceReading(
      { x: 270, y: 130, width: 100, height: 120 },
      { left: eye(300, 170), right: eye(340, 210) },
      { width: 640, height: 480 },
    )
    expect(reading.roll).toBeCloseTo(45)
  })
})
